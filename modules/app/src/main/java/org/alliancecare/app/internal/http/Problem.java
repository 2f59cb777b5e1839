package org.alliancecare.app.internal.http;

import jakarta.json.bind.Jsonb;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.alliancecare.kernel.InvalidInput.FieldError;

/**
 * An RFC 9457 problem document: {@code type} (a short name of the rule or kind of error), {@code
 * title}, {@code status}, {@code detail}, and for bad input {@code errors[{field, message}]}.
 */
public final class Problem {

  public static final String MEDIA_TYPE = "application/problem+json";
  public static final MediaType PROBLEM_JSON = MediaType.valueOf(MEDIA_TYPE);

  private final Map<String, Object> members = new LinkedHashMap<>();
  private final Map<String, String> headers = new LinkedHashMap<>();
  private final int status;

  private Problem(String type, String title, int status, String detail) {
    this.status = status;
    members.put("type", type);
    members.put("title", title);
    members.put("status", status);
    if (detail != null) {
      members.put("detail", detail);
    }
  }

  public static Problem of(String type, String title, int status, String detail) {
    return new Problem(type, title, status, detail);
  }

  public Problem errors(List<FieldError> errors) {
    members.put(
        "errors",
        errors.stream().map(e -> Map.of("field", e.field(), "message", e.message())).toList());
    return this;
  }

  public Problem with(String member, Object value) {
    members.put(member, value);
    return this;
  }

  public Problem with(Map<String, Object> more) {
    more.forEach(members::putIfAbsent);
    return this;
  }

  /** A header that goes with the problem, e.g. {@code Allow} on a 405. */
  public Problem header(String name, String value) {
    headers.put(name, value);
    return this;
  }

  public Map<String, String> headers() {
    return headers;
  }

  public int status() {
    return status;
  }

  public Map<String, Object> members() {
    return members;
  }

  public String toJson(Jsonb jsonb) {
    return jsonb.toJson(members);
  }

  public Response toResponse(Jsonb jsonb) {
    Response.ResponseBuilder response =
        Response.status(status).type(PROBLEM_JSON).entity(toJson(jsonb));
    headers.forEach(response::header);
    return response.build();
  }
}
