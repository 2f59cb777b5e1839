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
 * RequestBodyLimit#LIMIT} long and a form declares its length: a longer body is a 413, a form
 * posted without a length (chunked, or HTTP/2 without {@code content-length}) a 411, before
 * anything reads it. Browsers always send the length of a form. The API's bodies are limited by
 * {@link RequestBodyLimit}, which also reads chunked ones. The HTTP listener itself sets no limit
 * (its own refusal was an HTML page without the application's headers, found by the reliability
 * harness with a 3 MB body), so that every refusal is the application's.
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
        verdict(request.getServletPath(), request.getMethod(), request.getContentLengthLong());
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

  static Verdict verdict(String servletPath, String method, long contentLength) {
    if (PageMethods.isApi(servletPath)) {
      return Verdict.PASS;
    }
    if (contentLength > RequestBodyLimit.LIMIT) {
      return Verdict.TOO_LARGE;
    }
    if (contentLength < 0 && "POST".equals(method)) {
      return Verdict.LENGTH_REQUIRED;
    }
    return Verdict.PASS;
  }
}
