package org.alliancecare.app.internal.reports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.alliancecare.reporting.api.ClinicIndicators;

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
      line(csv, program(row));
    }
    line(csv, program(ProgramReportView.CountyRow.of(TOTAL, "合计", "Total", report.total())));
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

  /** A row's fields in the order of {@link #PROGRAM_HEADER}; a missing name is empty. */
  private static List<String> program(ProgramReportView.CountyRow row) {
    List<String> fields = new ArrayList<>();
    fields.add(row.countyCode());
    fields.add(row.nameZh() == null ? "" : row.nameZh());
    fields.add(row.nameEn() == null ? "" : row.nameEn());
    fields.add(Long.toString(row.screened()));
    fields.add(Long.toString(row.refer()));
    fields.add(Long.toString(row.referred()));
    fields.add(Long.toString(row.referralsCompleted()));
    fields.add(
        row.medianDaysToCompletion() == null
            ? ""
            : BigDecimal.valueOf(row.medianDaysToCompletion())
                .stripTrailingZeros()
                .toPlainString());
    fields.add(Long.toString(row.enrolled()));
    fields.add(Long.toString(row.deviceFittedOrSurgery()));
    fields.add(Long.toString(row.rehabilitated()));
    fields.add(Long.toString(row.overdueReferrals()));
    fields.add(Long.toString(row.overdueMilestones()));
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
