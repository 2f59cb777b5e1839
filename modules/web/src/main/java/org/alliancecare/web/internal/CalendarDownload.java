package org.alliancecare.web.internal;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.alliancecare.outreach.api.CalendarQuery;
import org.alliancecare.outreach.api.OutreachFacade;

/**
 * {@code /app/calendar.ics}: the clinics' iCalendar feed for a signed-in browser (the same document
 * as {@code GET /api/clinics/calendar.ics}, which calendar clients fetch with a bearer token).
 */
@WebServlet("/app/calendar.ics")
public class CalendarDownload extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient OutreachFacade outreach;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String ics =
        outreach.calendar(
            new CalendarQuery(
                blankToNull(request.getParameter("allianceId")),
                blankToNull(request.getParameter("practitionerId"))));
    response.setContentType("text/calendar");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setHeader("Content-Disposition", "attachment; filename=\"alliancecare-clinics.ics\"");
    response.getWriter().write(ics);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
