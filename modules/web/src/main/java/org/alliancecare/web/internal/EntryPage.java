package org.alliancecare.web.internal;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.alliancecare.web.api.WebPages;

/**
 * {@code /}: the entry of the web UI sends the browser to its home page (which sends an anonymous
 * one to the sign-in page first).
 */
@WebServlet("")
public class EntryPage extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.sendRedirect(request.getContextPath() + WebPages.HOME_PAGE);
  }
}
