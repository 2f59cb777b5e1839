package org.alliancecare.documents.internal.rest;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import org.alliancecare.documents.api.PrintedDocument;

/**
 * Writes a printed document's bytes. The resources answer the {@link PrintedDocument} itself (not
 * its bytes) so that the access log sees whose record was printed.
 */
@Provider
@Produces({"application/pdf", MediaType.TEXT_HTML})
public class PrintedDocumentWriter implements MessageBodyWriter<PrintedDocument> {

  @Override
  public boolean isWriteable(
      Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return PrintedDocument.class.isAssignableFrom(type);
  }

  @Override
  public void writeTo(
      PrintedDocument document,
      Class<?> type,
      Type genericType,
      Annotation[] annotations,
      MediaType mediaType,
      MultivaluedMap<String, Object> headers,
      OutputStream out)
      throws IOException {
    out.write(document.content());
  }
}
