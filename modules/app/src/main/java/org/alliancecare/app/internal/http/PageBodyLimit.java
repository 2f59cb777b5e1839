package org.alliancecare.app.internal.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Outside the REST API (pages and their forms), a request body is at most {@link
 * RequestBodyLimit#LIMIT} long and declares its length: a longer one is a 413 problem, one sent
 * without a length (chunked) a 411 problem, before anything reads it. The API's bodies are limited
 * by {@link RequestBodyLimit}, which also reads chunked ones. The HTTP listener itself sets no
 * limit (its own refusal was an HTML page without the application's headers, found by the
 * reliability harness with a 3 MB body), so that every refusal is the application's.
 */
@WebFilter(urlPatterns = "/*")
public class PageBodyLimit extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /** What a request outside the API may send. */
  enum Verdict {
    PASS,
    TOO_LARGE,
    LENGTH_REQUIRED
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    Verdict verdict =
        verdict(
            request.getServletPath(),
            request.getContentLengthLong(),
            request.getHeader("Transfer-Encoding"));
    switch (verdict) {
      case TOO_LARGE -> {
        if (request.getContentLengthLong() <= RequestBodyLimit.DRAIN_LIMIT) {
          // read and dropped, so that a client still sending it reads the answer
          request.getInputStream().transferTo(OutputStream.nullOutputStream());
        }
        response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
      }
      case LENGTH_REQUIRED -> response.sendError(HttpServletResponse.SC_LENGTH_REQUIRED);
      case PASS -> chain.doFilter(request, response);
    }
  }

  static Verdict verdict(String servletPath, long contentLength, String transferEncoding) {
    boolean api =
        servletPath != null && (servletPath.equals("/api") || servletPath.startsWith("/api/"));
    if (api) {
      return Verdict.PASS;
    }
    if (contentLength > RequestBodyLimit.LIMIT) {
      return Verdict.TOO_LARGE;
    }
    if (contentLength < 0 && transferEncoding != null) {
      return Verdict.LENGTH_REQUIRED;
    }
    return Verdict.PASS;
  }
}
