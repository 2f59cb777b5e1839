package org.alliancecare.app.internal.http;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A servlet under {@code /api} that answers as the container does when its security refuses a
 * request (deployed only by {@code PlatformConventionsIT}): {@code sendError(403)}, no exception.
 */
@WebServlet("/api/probe-container-refusal")
public class ContainerRefusalProbe extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.sendError(HttpServletResponse.SC_FORBIDDEN);
  }
}
