package org.alliancecare.app.internal.http;

import jakarta.json.bind.Jsonb;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.alliancecare.kernel.InvalidInput.FieldError;
import org.alliancecare.kernel.ProblemTexts;

/**
 * An RFC 9457 problem document: {@code type} (a short name of the rule or kind of error), {@code
 * title}, {@code status}, {@code detail}, and for bad input {@code errors[{field, message}]}.
 *
 * <p>The sentences are named by keys of the {@link ProblemTexts} catalogue ({@code title.<type>},
 * {@code detail.<name>}, each error's key) and said in the language chosen with {@link
 * #in(Locale)}, English until then; {@code type}, {@code status} and the fields never change with
 * the language. The answer carries {@code Content-Language}.
 */
public final class Problem {

  public static final String MEDIA_TYPE = "application/problem+json";

  private final String type;
  private final int status;
  private final String title;
  private final String detailKey;
  private final List<Object> detailArguments;
  private final String detail;
  private List<FieldError> errors;
  private final Map<String, Object> more = new LinkedHashMap<>();
  private final Map<String, String> headers = new LinkedHashMap<>();
  private Locale language = ProblemTexts.ENGLISH;

  private Problem(
      String type,
      int status,
      String title,
      String detailKey,
      List<Object> detailArguments,
      String detail) {
    this.type = type;
    this.status = status;
    this.title = title;
    this.detailKey = detailKey;
    this.detailArguments = detailArguments;
    this.detail = detail;
  }

  /**
   * A problem whose title is {@code title.<type>} and whose detail is {@code detail.<detailKey>} of
   * the catalogue, with the arguments filled into its {@code {0}}…
   */
  public static Problem of(String type, int status, String detailKey, Object... arguments) {
    return new Problem(type, status, null, detailKey, List.of(arguments), null);
  }

  /** A broken business rule: its title from the catalogue, its detail already in the language. */
  public static Problem ofRule(String rule, int status, String detail) {
    return new Problem(rule, status, null, null, List.of(), detail);
  }

  /** A status that has no title of its own ({@code HTTP 418}) and no detail. */
  public static Problem untitled(String type, int status) {
    return new Problem(type, status, "HTTP " + status, null, List.of(), null);
  }

  /**
   * The problem in this language (Chinese for {@code zh*}, Uyghur for {@code ug*}, else English).
   */
  public Problem in(Locale language) {
    this.language = ProblemTexts.languageOf(language);
    return this;
  }

  public Locale language() {
    return language;
  }

  public Problem errors(List<FieldError> errors) {
    this.errors = List.copyOf(errors);
    return this;
  }

  public Problem with(String member, Object value) {
    more.put(member, value);
    return this;
  }

  public Problem with(Map<String, Object> members) {
    members.forEach(more::putIfAbsent);
    return this;
  }

  /** A header that goes with the problem, e.g. {@code Allow} on a 405. */
  public Problem header(String name, String value) {
    headers.put(name, value);
    return this;
  }

  /** The headers, with {@code Content-Language} saying the language of the sentences. */
  public Map<String, String> headers() {
    Map<String, String> all = new LinkedHashMap<>(headers);
    all.put("Content-Language", contentLanguage(language));
    return all;
  }

  public int status() {
    return status;
  }

  /** The members of the document in its language, in the order API.md shows them. */
  public Map<String, Object> members() {
    return members(true);
  }

  /**
   * The members for a page: an error whose sentence has no translation carries no {@code message}
   * in Chinese or Uyghur (the page then says what its own bundle says about the field).
   */
  Map<String, Object> membersForPages() {
    return members(language.equals(ProblemTexts.ENGLISH));
  }

  private Map<String, Object> members(boolean withUntranslated) {
    Map<String, Object> members = new LinkedHashMap<>();
    members.put("type", type);
    members.put("title", title != null ? title : titleOf(type));
    members.put("status", status);
    String said = detail != null ? detail : detailKey == null ? null : detail();
    if (said != null) {
      members.put("detail", said);
    }
    if (errors != null) {
      List<Map<String, String>> listed = new ArrayList<>();
      for (FieldError error : errors) {
        listed.add(
            error.translated() || withUntranslated
                ? Map.of("field", error.field(), "message", error.messageIn(language))
                : Map.of("field", error.field()));
      }
      members.put("errors", listed);
    }
    more.forEach(members::putIfAbsent);
    return members;
  }

  public String toJson(Jsonb jsonb) {
    return jsonb.toJson(members());
  }

  public Response toResponse(Jsonb jsonb) {
    Response.ResponseBuilder response =
        Response.status(status).type(MEDIA_TYPE).entity(toJson(jsonb));
    headers().forEach(response::header);
    return response.build();
  }

  /** The language tag of a catalogue's language as the product names it: zh-CN, ug-CN, en. */
  static String contentLanguage(Locale language) {
    return switch (ProblemTexts.languageOf(language).getLanguage()) {
      case "zh" -> "zh-CN";
      case "ug" -> "ug-CN";
      default -> "en";
    };
  }

  private String detail() {
    return ProblemTexts.text(language, "detail." + detailKey, detailArguments);
  }

  /**
   * The type's title in the language; a rule that the catalogue lacks (the build test forbids it)
   * is titled by its name.
   */
  private String titleOf(String type) {
    return ProblemTexts.find(language, "title." + type)
        .orElseGet(
            () -> {
              String words = type.replace('-', ' ');
              return words.isEmpty()
                  ? words
                  : Character.toUpperCase(words.charAt(0)) + words.substring(1);
            });
  }
}
