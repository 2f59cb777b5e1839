package org.alliancecare.app.internal.http;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.alliancecare.web.api.PageErrors;

/**
 * The error page of the web container (configured in {@code web.xml}): errors that happen outside
 * JAX-RS, such as an unknown path outside {@code /api}, are answered as problem documents too;
 * those of the web UI's pages as a page ({@link PageErrors}).
 */
@WebServlet("/error-page")
public class ErrorPage extends HttpServlet {

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int status = code instanceof Integer integer ? integer : 404;
    Throwable thrown = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
    if (PageErrors.isPage(request) && PageErrors.reopened(request, response, thrown)) {
      return;
    }
    Problem problem =
        thrown != null
            ? Problems.of(thrown)
            : Problems.of(new jakarta.ws.rs.WebApplicationException(status));
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
    response.setContentType(Problem.MEDIA_TYPE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Cache-Control", "no-store");
    response.getWriter().write(problem.toJson(JsonBinding.JSONB));
  }
}
