package org.alliancecare.app.internal.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import org.alliancecare.app.internal.reports.AllianceReportView;
import org.alliancecare.app.internal.reports.AllianceReports;
import org.alliancecare.app.internal.reports.JournalEvents;
import org.alliancecare.app.internal.reports.ProgramReportView;
import org.alliancecare.app.internal.reports.ProgramReports;
import org.alliancecare.app.internal.reports.ReportCsv;
import org.alliancecare.directory.api.CurrentCaller;
import org.alliancecare.directory.api.Role;
import org.alliancecare.reporting.api.Rebuilt;
import org.alliancecare.reporting.api.ReportingFacade;

/**
 * Reports (API.md, Reports): a program's and the alliances' indicators, as JSON or, for {@code
 * Accept: text/csv}, as CSV with the same rows; and the rebuild of the read models behind them from
 * the audit journal. The resource lives in the application because a report combines the reporting
 * module's figures with the caller's data scope and place names (directory), the program's places
 * and phases (rehabilitation) and the alliances' names and leads (alliances), which reporting may
 * not use (docs/adr/0003-reporting-read-models.md).
 */
@Path("reports")
@RequestScoped
public class ReportsResource {

  static final String CSV = "text/csv";

  /** JSON when the client accepts both equally (a browser's or a client's {@code *}{@code /*}). */
  private static final String CSV_SECOND = CSV + ";qs=0.5";

  @Inject ProgramReports programs;
  @Inject AllianceReports alliances;
  @Inject JournalEvents journal;
  @Inject ReportingFacade reporting;
  @Inject CurrentCaller caller;

  /** A program's indicators per county and in total, for the whole program or one phase. */
  @GET
  @Path("programs/{code}")
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.Names.COORDINATOR, Role.Names.AUDITOR})
  public ProgramReportView program(
      @PathParam("code") String code,
      @QueryParam("phase") String phase,
      @QueryParam("placeCode") String placeCode) {
    return programs.report(code, phase, placeCode, caller.get());
  }

  /** The same rows as CSV. */
  @GET
  @Path("programs/{code}")
  @Produces(CSV_SECOND)
  @RolesAllowed({Role.Names.COORDINATOR, Role.Names.AUDITOR})
  public Response programCsv(
      @PathParam("code") String code,
      @QueryParam("phase") String phase,
      @QueryParam("placeCode") String placeCode) {
    ProgramReportView report = programs.report(code, phase, placeCode, caller.get());
    String name =
        report.programCode().toLowerCase(Locale.ROOT)
            + (report.phase() == null ? "" : "-phase-" + report.phase())
            + "-"
            + report.asOf()
            + ".csv";
    return csv(ReportCsv.of(report), name);
  }

  /**
   * The clinics' indicators per alliance and in total, for clinics held from {@code from} to {@code
   * to}.
   */
  @GET
  @Path("alliances")
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.Names.ALLIANCE_LEAD, Role.Names.COORDINATOR, Role.Names.AUDITOR})
  public AllianceReportView alliances(
      @QueryParam("from") String from, @QueryParam("to") String to) {
    return alliances.report(from, to, caller.get());
  }

  /** The same rows as CSV. */
  @GET
  @Path("alliances")
  @Produces(CSV_SECOND)
  @RolesAllowed({Role.Names.ALLIANCE_LEAD, Role.Names.COORDINATOR, Role.Names.AUDITOR})
  public Response alliancesCsv(@QueryParam("from") String from, @QueryParam("to") String to) {
    return csv(ReportCsv.of(alliances.report(from, to, caller.get())), "alliances.csv");
  }

  /**
   * Empties reporting's read models and projects the whole audit journal into them again; the
   * figures afterwards are those of the live projection. Changes wait while it runs.
   */
  @POST
  @Path("rebuild")
  @Consumes(MediaType.WILDCARD)
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.Names.ADMIN)
  public Rebuilt rebuild() {
    return reporting.rebuild(journal.all());
  }

  private static Response csv(String text, String fileName) {
    return Response.ok(text, CSV + "; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
        .build();
  }
}
