package org.alliancecare.app.internal.rest;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import org.alliancecare.app.internal.timeline.TimelineDocument;

/**
 * Sends a timeline's JSON as the timeline wrote it. The resource answers the {@link
 * TimelineDocument} itself (not its text) so that the access log sees whose entries it holds.
 */
@Provider
@Produces(MediaType.APPLICATION_JSON)
public class TimelineDocumentWriter implements MessageBodyWriter<TimelineDocument> {

  @Override
  public boolean isWriteable(
      Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return TimelineDocument.class.isAssignableFrom(type);
  }

  @Override
  public void writeTo(
      TimelineDocument document,
      Class<?> type,
      Type genericType,
      Annotation[] annotations,
      MediaType mediaType,
      MultivaluedMap<String, Object> headers,
      OutputStream out)
      throws IOException {
    out.write(document.utf8());
  }
}
