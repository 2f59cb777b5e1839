package org.alliancecare.app.internal.reports;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.alliancecare.reporting.api.ProgramIndicators;
import org.alliancecare.web.api.CountyFigures;
import org.alliancecare.web.api.ProgramFigures;

/**
 * {@code GET /api/reports/programs/{code}}: a program's indicators per county (rows) and in total.
 *
 * @param phase the phase reported on; absent for the whole program
 * @param placeCode the place the report is limited to, if one was asked for
 * @param from first day of the phase: screenings and referrals from then on count
 * @param to last day of the phase
 * @param asOf the day of the overdue figures
 * @param rows one row per county-level place of the caller's scope in the program's places, and per
 *     county with facts, in code order
 */
public record ProgramReportView(
    String programCode,
    String nameZh,
    String nameEn,
    Integer phase,
    String placeCode,
    LocalDate from,
    LocalDate to,
    LocalDate asOf,
    List<CountyRow> rows,
    ProgramIndicators total)
    implements Serializable, ProgramFigures {

  /** The report as CSV: the API's {@code Accept: text/csv} and the indicators page's download. */
  @Override
  public String csv() {
    return ReportCsv.of(this);
  }

  /** One county's indicators. */
  public record CountyRow(
      String countyCode,
      String nameZh,
      String nameEn,
      long screened,
      long refer,
      long referred,
      long referralsCompleted,
      Double medianDaysToCompletion,
      long enrolled,
      long deviceFittedOrSurgery,
      long rehabilitated,
      long overdueReferrals,
      long overdueMilestones)
      implements Serializable, CountyFigures {

    static CountyRow of(String code, String nameZh, String nameEn, ProgramIndicators figures) {
      return new CountyRow(
          code,
          nameZh,
          nameEn,
          figures.screened(),
          figures.refer(),
          figures.referred(),
          figures.referralsCompleted(),
          figures.medianDaysToCompletion(),
          figures.enrolled(),
          figures.deviceFittedOrSurgery(),
          figures.rehabilitated(),
          figures.overdueReferrals(),
          figures.overdueMilestones());
    }
  }
}
