package org.alliancecare.web.internal;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import org.alliancecare.directory.api.CurrentCaller;
import org.alliancecare.interop.api.ImportKind;
import org.alliancecare.interop.api.ImportsFacade;
import org.alliancecare.interop.api.TemplateFormat;
import org.alliancecare.kernel.RecordNotFound;

/**
 * The import page's downloads for a signed-in browser (doctors and coordinators, as the folder
 * {@code /app/care/} is in {@code web.xml}), streamed from the imports facade as the API's {@code
 * GET /api/imports/templates/…} and {@code GET /api/imports/{id}/errors.csv} are:
 *
 * <ul>
 *   <li>{@code /app/care/imports/template/patients.csv} (also {@code .xlsx}, and {@code
 *       screenings}): the empty template headed in the page's language, with one example row;
 *   <li>{@code /app/care/imports/errors/{id}.csv}: an import's errors ({@code row,column,message}),
 *       in the page's language; another's import is not found unless the caller is a coordinator.
 * </ul>
 */
@WebServlet("/app/care/imports/*")
public class ImportFiles extends HttpServlet {

  private static final long serialVersionUID = 1L;

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @Inject transient ImportsFacade imports;
  @Inject transient CurrentCaller caller;
  @Inject transient Texts texts;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String[] path =
        request.getPathInfo() == null ? new String[0] : request.getPathInfo().split("/");
    if (path.length != 3) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    Locale language = texts.locale();
    switch (path[1]) {
      case "template" -> template(path[2], language, response);
      case "errors" -> errors(path[2], language, response);
      default -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
  }

  private void template(String name, Locale language, HttpServletResponse response)
      throws IOException {
    int dot = name.lastIndexOf('.');
    Optional<ImportKind> kind = dot < 0 ? Optional.empty() : kindOf(name.substring(0, dot));
    Optional<TemplateFormat> format =
        dot < 0 ? Optional.empty() : formatOf(name.substring(dot + 1));
    if (kind.isEmpty() || format.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    response.setContentType(format.get() == TemplateFormat.CSV ? "text/csv; charset=UTF-8" : XLSX);
    response.setHeader(
        "Content-Disposition",
        "attachment; filename=\"alliancecare-" + name.toLowerCase(Locale.ROOT) + "\"");
    response.setHeader("Cache-Control", "no-store");
    imports.writeTemplate(kind.get(), format.get(), language, response.getOutputStream());
  }

  private void errors(String name, Locale language, HttpServletResponse response)
      throws IOException {
    if (!name.endsWith(".csv") || name.length() == ".csv".length()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    String id = name.substring(0, name.length() - ".csv".length());
    try {
      // the job is read first: an unknown or another's import is a 404 before anything is sent
      imports.job(id, language, caller.get());
    } catch (RecordNotFound e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    response.setContentType("text/csv; charset=UTF-8");
    response.setHeader(
        "Content-Disposition", "attachment; filename=\"alliancecare-import-errors.csv\"");
    response.setHeader("Cache-Control", "no-store");
    imports.writeErrors(id, language, response.getOutputStream(), caller.get());
  }

  /** The kind as the templates' addresses name it. */
  static String pathOf(ImportKind kind) {
    return kind.name().toLowerCase(Locale.ROOT);
  }

  static Optional<ImportKind> kindOf(String path) {
    for (ImportKind kind : ImportKind.values()) {
      if (pathOf(kind).equals(path)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }

  static Optional<TemplateFormat> formatOf(String extension) {
    for (TemplateFormat format : TemplateFormat.values()) {
      if (format.name().equalsIgnoreCase(extension)) {
        return Optional.of(format);
      }
    }
    return Optional.empty();
  }
}
