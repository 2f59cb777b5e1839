package org.alliancecare.field.internal.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import org.alliancecare.field.internal.application.Pack;

/**
 * Writes a {@link Pack} with the API's JSON-B, and {@code "clinic": null} in a place's pack: the
 * API leaves null properties out, but the field app's contract names the absence of a clinic (and
 * Payara's JSON-B did not honour {@code @JsonbNillable} on the record).
 */
@Provider
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class PackWriter implements MessageBodyWriter<Pack> {

  private static final String NO_CLINIC = "\"clinic\":null,";

  @Inject Jsonb jsonb;

  @Override
  public boolean isWriteable(
      Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return Pack.class.isAssignableFrom(type);
  }

  @Override
  public void writeTo(
      Pack pack,
      Class<?> type,
      Type genericType,
      Annotation[] annotations,
      MediaType mediaType,
      MultivaluedMap<String, Object> headers,
      OutputStream out)
      throws IOException {
    String json = jsonb.toJson(pack);
    if (pack.clinic() == null && json.startsWith("{")) {
      json = "{" + NO_CLINIC + json.substring(1);
    }
    out.write(json.getBytes(StandardCharsets.UTF_8));
  }
}
