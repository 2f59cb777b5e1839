package org.alliancecare.app.internal.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;

/**
 * Outside the REST API ({@code /api}), the application has pages, their resources and the
 * operational endpoints: they answer GET, HEAD, POST and OPTIONS. Any other method there is a 405
 * problem. (The container's default servlet answered PATCH with a 501 HTML error page naming the
 * server — found by the reliability harness with {@code PATCH /api/accounts/..%2F..%2Fetc}, which
 * the container normalises to a path outside the API.)
 */
@WebFilter(urlPatterns = "/*")
public class PageMethods extends HttpFilter {

  private static final long serialVersionUID = 1L;

  static final Set<String> ANSWERED = Set.of("GET", "HEAD", "POST", "OPTIONS");

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (refused(request.getMethod(), request.getServletPath())) {
      response.setHeader("Allow", "GET, HEAD, POST, OPTIONS");
      response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
      return;
    }
    chain.doFilter(request, response);
  }

  static boolean refused(String method, String servletPath) {
    return !isApi(servletPath) && !isFhir(servletPath) && !ANSWERED.contains(method);
  }

  /**
   * Whether a servlet path is the FHIR API's ({@code /fhir} and below): HAPI's server answers every
   * method there itself (an unsupported one with a 405 OperationOutcome), and the Bulk Data
   * export's status URL takes DELETE to cancel a job.
   */
  static boolean isFhir(String servletPath) {
    return servletPath != null && (servletPath.equals("/fhir") || servletPath.startsWith("/fhir/"));
  }

  /** Whether a servlet path is the REST API's ({@code /api} and below). */
  static boolean isApi(String servletPath) {
    return servletPath != null && (servletPath.equals("/api") || servletPath.startsWith("/api/"));
  }
}
