package org.alliancecare.field.internal.rest;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;
import java.io.IOException;
import java.util.zip.GZIPOutputStream;
import org.alliancecare.field.internal.web.AcceptEncoding;

/**
 * Writes the body of a {@link Compressed} method gzipped ({@code Content-Encoding: gzip}) when the
 * request's {@code Accept-Encoding} accepts gzip, as every browser's does; the body is the same
 * JSON either way. The container compresses the static files of the field app itself.
 */
@Provider
@Compressed
public class CompressedAnswers implements WriterInterceptor {

  @Context HttpHeaders request;

  @Override
  public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
    context.getHeaders().add(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
    if (!AcceptEncoding.acceptsGzip(request.getHeaderString(HttpHeaders.ACCEPT_ENCODING))) {
      context.proceed();
      return;
    }
    context.getHeaders().putSingle(HttpHeaders.CONTENT_ENCODING, "gzip");
    context.getHeaders().remove(HttpHeaders.CONTENT_LENGTH);
    GZIPOutputStream gzip = new GZIPOutputStream(context.getOutputStream(), 64 * 1024);
    context.setOutputStream(gzip);
    context.proceed();
    gzip.finish();
  }
}
