package org.alliancecare.app.internal.reports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.alliancecare.reporting.api.ClinicIndicators;
import org.alliancecare.reporting.api.ProgramIndicators;

/**
 * The reports as CSV (RFC 4180): a header line with the JSON field names, one line per row, and a
 * last line {@code TOTAL}; fields with a comma, quote or line break are quoted. The text is sent as
 * UTF-8.
 */
public final class ReportCsv {

  static final String TOTAL = "TOTAL";

  private static final List<String> PROGRAM_HEADER =
      List.of(
          "countyCode",
          "nameZh",
          "nameEn",
          "screened",
          "refer",
          "referred",
          "referralsCompleted",
          "medianDaysToCompletion",
          "enrolled",
          "deviceFittedOrSurgery",
          "rehabilitated",
          "overdueReferrals",
          "overdueMilestones");

  private static final List<String> ALLIANCE_HEADER =
      List.of(
          "allianceId",
          "code",
          "nameZh",
          "nameEn",
          "clinicsHeld",
          "patientsSeen",
          "screenings",
          "referrals");

  private ReportCsv() {}

  public static String of(ProgramReportView report) {
    StringBuilder csv = new StringBuilder();
    line(csv, PROGRAM_HEADER);
    for (ProgramReportView.CountyRow row : report.rows()) {
      line(
          csv,
          program(
              row.countyCode(),
              row.nameZh(),
              row.nameEn(),
              new ProgramIndicators(
                  row.screened(),
                  row.refer(),
                  row.referred(),
                  row.referralsCompleted(),
                  row.medianDaysToCompletion(),
                  row.enrolled(),
                  row.deviceFittedOrSurgery(),
                  row.rehabilitated(),
                  row.overdueReferrals(),
                  row.overdueMilestones())));
    }
    line(csv, program(TOTAL, "合计", "Total", report.total()));
    return csv.toString();
  }

  public static String of(AllianceReportView report) {
    StringBuilder csv = new StringBuilder();
    line(csv, ALLIANCE_HEADER);
    for (AllianceReportView.AllianceRow row : report.rows()) {
      line(
          csv,
          List.of(
              row.allianceId(),
              row.code(),
              row.nameZh(),
              row.nameEn(),
              Long.toString(row.clinicsHeld()),
              Long.toString(row.patientsSeen()),
              Long.toString(row.screenings()),
              Long.toString(row.referrals())));
    }
    ClinicIndicators total = report.total();
    line(
        csv,
        List.of(
            TOTAL,
            "",
            "合计",
            "Total",
            Long.toString(total.clinicsHeld()),
            Long.toString(total.patientsSeen()),
            Long.toString(total.screenings()),
            Long.toString(total.referrals())));
    return csv.toString();
  }

  private static List<String> program(
      String county, String nameZh, String nameEn, ProgramIndicators figures) {
    List<String> fields = new ArrayList<>();
    fields.add(county);
    fields.add(nameZh == null ? "" : nameZh);
    fields.add(nameEn == null ? "" : nameEn);
    fields.add(Long.toString(figures.screened()));
    fields.add(Long.toString(figures.refer()));
    fields.add(Long.toString(figures.referred()));
    fields.add(Long.toString(figures.referralsCompleted()));
    fields.add(
        figures.medianDaysToCompletion() == null
            ? ""
            : BigDecimal.valueOf(figures.medianDaysToCompletion())
                .stripTrailingZeros()
                .toPlainString());
    fields.add(Long.toString(figures.enrolled()));
    fields.add(Long.toString(figures.deviceFittedOrSurgery()));
    fields.add(Long.toString(figures.rehabilitated()));
    fields.add(Long.toString(figures.overdueReferrals()));
    fields.add(Long.toString(figures.overdueMilestones()));
    return fields;
  }

  private static void line(StringBuilder csv, List<String> fields) {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        csv.append(',');
      }
      csv.append(field(fields.get(i)));
    }
    csv.append("\r\n");
  }

  static String field(String value) {
    if (value == null) {
      return "";
    }
    if (value.contains(",")
        || value.contains("\"")
        || value.contains("\n")
        || value.contains("\r")) {
      return '"' + value.replace("\"", "\"\"") + '"';
    }
    return value;
  }
}
