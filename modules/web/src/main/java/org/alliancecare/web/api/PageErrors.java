package org.alliancecare.web.api;

import jakarta.faces.application.ViewExpiredException;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Locale;
import java.util.ResourceBundle;
import org.alliancecare.web.internal.Preferences;
import org.alliancecare.web.internal.Texts;

/**
 * Errors of the web UI's pages, as a page in the user's language (Chinese, Uyghur written right to
 * left, or English) rather than the problem document that the API and every other path answer
 * ({@code internal.http.ErrorPage} asks here first). A page whose view expired (the session ended,
 * or the server restarted) is simply opened again.
 */
public final class PageErrors {

  private PageErrors() {}

  /** Whether the failed request was for a page of the UI (not the API, nor anything else). */
  public static boolean isPage(HttpServletRequest request) {
    Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    if (!(uri instanceof String path)) {
      return false;
    }
    String inApp = path.substring(Math.min(path.length(), request.getContextPath().length()));
    return WebPages.isPage(inApp);
  }

  /**
   * Opens the page again when its view expired (the session ended, or the server restarted): the
   * sign-in page comes first if the session is gone. Answers whether it did.
   */
  public static boolean reopened(
      HttpServletRequest request, HttpServletResponse response, Throwable thrown)
      throws IOException {
    if (!expired(thrown) || response.isCommitted()) {
      return false;
    }
    response.sendRedirect((String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
    return true;
  }

  /**
   * Answers the failed page request with a short page that says what happened (with the correlation
   * id of an unexpected error) and leads home.
   */
  public static void answer(
      HttpServletRequest request, HttpServletResponse response, int status, String correlationId)
      throws IOException {
    ResourceBundle texts = Texts.bundle(localeOf(request));
    String key =
        switch (status) {
          case 403 -> "error.forbidden";
          case 404 -> "error.notFound";
          default -> status >= 500 ? "error.unexpected" : "error.badRequest";
        };
    response.setStatus(status);
    response.setContentType("text/html");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "DENY");
    String home = request.getContextPath() + WebPages.HOME_PAGE;
    PrintWriter page = response.getWriter();
    Locale language = localeOf(request);
    // Uyghur is written right to left: the page says so, as the shell does
    page.write(
        "<!DOCTYPE html><html lang=\""
            + language.toLanguageTag()
            + "\" dir=\""
            + (Preferences.rightToLeft(language) ? "rtl" : "ltr")
            + "\"><head>");
    page.write("<meta charset=\"UTF-8\"><title>" + escape(texts.getString(key)) + "</title>");
    page.write("</head><body><main><h1 id=\"error\">" + escape(texts.getString(key)) + "</h1>");
    if (correlationId != null) {
      page.write(
          "<p>"
              + escape(texts.getString("error.correlation"))
              + " "
              + escape(correlationId)
              + "</p>");
    }
    page.write("<p><a href=\"" + escape(home) + "\">" + escape(texts.getString("nav.home")));
    page.write("</a></p></main></body></html>");
  }

  private static boolean expired(Throwable thrown) {
    for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
      if (cause instanceof ViewExpiredException) {
        return true;
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return false;
  }

  /** The language the user chose in this session, else the browser's. */
  private static Locale localeOf(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    Object chosen = session == null ? null : session.getAttribute(Preferences.LANGUAGE);
    if (chosen instanceof Locale locale) {
      return locale;
    }
    return Preferences.preferred(Collections.list(request.getLocales()).iterator());
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
