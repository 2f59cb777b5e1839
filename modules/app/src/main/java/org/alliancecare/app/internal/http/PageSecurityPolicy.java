package org.alliancecare.app.internal.http;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Headers for every response of the application, whichever servlet answers it (pages, their
 * resources, the entry page, and error pages — also those of failures outside JAX-RS, e.g. while
 * the database is down, whose headers the container clears before the error dispatch): no content
 * sniffing, and a Content-Security-Policy that lets a page load scripts, styles, images and fonts
 * only from the application itself, post forms only to it, and never be framed. Inline scripts and
 * styles stay allowed: the Faces and PrimeFaces pages use them. The REST API's headers are {@link
 * SecurityHeaders}; the pages' own protections (framing, caching, form origin) are {@code
 * internal.web.PageProtection}.
 */
@WebFilter(
    urlPatterns = "/*",
    dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.FORWARD})
public class PageSecurityPolicy extends HttpFilter {

  private static final long serialVersionUID = 1L;

  static final String POLICY =
      "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval';"
          + " style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:;"
          + " connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self';"
          + " frame-ancestors 'none'";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    apply(response);
    if (request.getDispatcherType() == DispatcherType.ERROR) {
      // the container cleared the headers of the failed response: an error is never cached
      response.setHeader("Cache-Control", "no-store");
    }
    chain.doFilter(request, response);
  }

  static void apply(HttpServletResponse response) {
    response.setHeader("X-Content-Type-Options", "nosniff");
    if (!response.containsHeader("Content-Security-Policy")) {
      response.setHeader("Content-Security-Policy", POLICY);
    }
  }
}
