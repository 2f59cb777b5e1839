package org.alliancecare.app.internal.http;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Refuses request bodies over 1 MiB (an import's file: 64 MiB) with 413: at once when {@code
 * Content-Length} says so, and while reading when a body without a length grows past the limit. A
 * body within the limit is read here and kept as a request property ({@link #BODY}) for error
 * reports.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class RequestBodyLimit implements ContainerRequestFilter {

  static final long LIMIT = 1024 * 1024;

  /**
   * A body declared larger than the limit but not enormous is read and discarded before the 413, so
   * that a client still sending it reads the answer instead of a reset connection.
   */
  static final long DRAIN_LIMIT = 16 * LIMIT;

  /**
   * An import's file (issue 17, {@code POST /api/imports/patients|screenings}) may be up to 64 MiB;
   * it is streamed to disk by the import's resource, never read here.
   */
  static final long IMPORT_LIMIT = 64 * LIMIT;

  private static final java.util.regex.Pattern IMPORT_UPLOAD =
      java.util.regex.Pattern.compile("/?imports/(patients|screenings)/?");

  @Override
  public void filter(ContainerRequestContext request) throws IOException {
    if ("POST".equals(request.getMethod())
        && IMPORT_UPLOAD.matcher(request.getUriInfo().getPath()).matches()) {
      if (request.getLength() > IMPORT_LIMIT) {
        throw new PayloadTooLarge(IMPORT_LIMIT);
      }
      request.setEntityStream(new Bounded(request.getEntityStream(), IMPORT_LIMIT));
      return;
    }
    int length = request.getLength();
    if (length > LIMIT) {
      if (length <= DRAIN_LIMIT) {
        request.getEntityStream().transferTo(OutputStream.nullOutputStream());
      }
      throw new PayloadTooLarge(LIMIT);
    }
    byte[] body = new Bounded(request.getEntityStream(), LIMIT).readAllBytes();
    request.setProperty(BODY, body);
    request.setEntityStream(new ByteArrayInputStream(body));
  }

  /**
   * The request property (a servlet request attribute) holding the body as read, so that an error
   * about a value can name the field it came from.
   */
  public static final String BODY = "org.alliancecare.request-body";

  /** A stream that fails once more than its limit has been read from it. */
  static final class Bounded extends FilterInputStream {

    private final long limit;
    private long read;

    Bounded(InputStream in, long limit) {
      super(in);
      this.limit = limit;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(long n) {
      read += n;
      if (read > limit) {
        throw new PayloadTooLarge(limit);
      }
    }
  }
}
