package org.alliancecare.app.internal.http;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.ServiceUnavailableException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.logging.Logger;
import org.alliancecare.web.api.PageErrors;

/**
 * The error page of the web container (configured in {@code web.xml}): errors that happen outside
 * JAX-RS, such as an unknown path outside {@code /api}, are answered as problem documents too;
 * those of the web UI's pages as a page ({@link PageErrors}).
 */
@WebServlet("/error-page")
public class ErrorPage extends HttpServlet {

  private static final Logger LOG = Logger.getLogger(ErrorPage.class.getName());

  /** How long a client waits before it sends again what the container could not settle. */
  private static final long RETRY_AFTER_SECONDS = 5;

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int status = code instanceof Integer integer ? integer : 404;
    Throwable thrown = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
    if (PageErrors.isPage(request) && PageErrors.reopened(request, response, thrown)) {
      return;
    }
    Locale language = ProblemLanguage.of(request.getHeader("Accept-Language"));
    Problem problem =
        thrown != null
            ? Problems.of(thrown, language)
            : Problems.of(new jakarta.ws.rs.WebApplicationException(status), language);
    if (thrown == null && status == 403 && isApi(request)) {
      // no security constraint covers /api (web.xml) and JAX-RS answers its own refusals without
      // coming here: a 403 of the container itself means its authorization could not settle the
      // request (Payara's JACC check counts an exception as "denied":
      // JaccWebAuthorizationManager.checkPermission). CrashDurabilityIT caught one through this
      // page at the instant PostgreSQL stopped; the client is told to send it again
      LOG.warning("the container answered an API request 403 outside any security constraint");
      problem = Problems.of(new ServiceUnavailableException(RETRY_AFTER_SECONDS), language);
    }
    if (PageErrors.isPage(request)) {
      Object correlationId = problem.members().get("correlationId");
      PageErrors.answer(
          request,
          response,
          problem.status(),
          correlationId == null ? null : correlationId.toString());
      return;
    }
    response.setStatus(problem.status());
    problem.headers().forEach(response::setHeader);
    response.setContentType(Problem.MEDIA_TYPE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Cache-Control", "no-store");
    response.getWriter().write(problem.toJson(JsonBinding.JSONB));
  }

  /** Whether the failed request was for the REST API. */
  private static boolean isApi(HttpServletRequest request) {
    Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    return uri instanceof String path
        && PageMethods.isApi(
            path.substring(Math.min(path.length(), request.getContextPath().length())));
  }
}
