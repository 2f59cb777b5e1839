package org.alliancecare.web.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import org.alliancecare.web.api.SessionCookies;

/**
 * Protections of the pages (not of the REST API, which has its own): a page is never framed, never
 * sniffed and never cached (pages show personal data), and a form is accepted only from the
 * application's own pages: a POST whose {@code Origin} names another site is refused before Faces
 * sees it. With the session cookie's {@code SameSite=Lax} (marked here) and Faces' server-side view
 * state this keeps other sites from submitting forms on a user's behalf.
 */
@WebFilter(urlPatterns = {"/app/*", "/signin.xhtml"})
public class PageProtection extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "same-origin");
    response.setHeader("Cache-Control", "no-store");
    if ("POST".equals(request.getMethod()) && !sameOrigin(request)) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    // a page always has a session (Faces keeps its views there): begin it now, with its cookie
    // marked SameSite, and mark it again afterwards in case a sign-in gave it a new id
    request.getSession(true);
    SessionCookies.markSameSite(response);
    chain.doFilter(request, response);
    SessionCookies.markSameSite(response);
  }

  /** Whether the request's {@code Origin}, when it has one, is the host the request was sent to. */
  static boolean sameOrigin(HttpServletRequest request) {
    String origin = request.getHeader("Origin");
    if (origin == null || origin.isBlank()) {
      return true;
    }
    String host = request.getHeader("Host");
    if (host == null || "null".equals(origin)) {
      return false;
    }
    try {
      URI from = URI.create(origin.strip());
      String authority = from.getRawAuthority();
      return authority != null
          && authority.toLowerCase(Locale.ROOT).equals(host.strip().toLowerCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
