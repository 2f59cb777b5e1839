package org.alliancecare.web.api;

import org.alliancecare.directory.api.Caller;

/** A program's indicators, composed by the WAR as {@code GET /api/reports/programs/{code}}. */
public interface IndicatorReports {

  /**
   * The report for the program, one of its phases ({@code null}: the whole program) and a place
   * ({@code null}: the caller's scope); an unknown program or phase is {@link
   * org.alliancecare.kernel.RecordNotFound}.
   */
  ProgramFigures report(String programCode, String phase, String placeCode, Caller caller);
}
