package org.alliancecare.app.internal.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.alliancecare.reporting.api.ClinicIndicators;
import org.alliancecare.reporting.api.ProgramIndicators;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportCsvTest {

  @Test
  void a_program_report_is_a_header_its_rows_and_a_total_line() {
    ProgramIndicators wushi = new ProgramIndicators(3, 2, 2, 2, 12.5, 1, 1, 0, 1, 2);
    ProgramReportView report =
        new ProgramReportView(
            "QIMING",
            "启明行动",
            "Qiming Action",
            1,
            null,
            LocalDate.parse("2026-05-01"),
            LocalDate.parse("2026-07-31"),
            LocalDate.parse("2026-06-02"),
            List.of(
                ProgramReportView.CountyRow.of("652927", "乌什县", "Wushi County", wushi),
                ProgramReportView.CountyRow.of(
                    "652922", "温宿县", "Wensu County", ProgramIndicators.NONE)),
            wushi);

    assertThat(ReportCsv.of(report).split("\r\n", -1))
        .containsExactly(
            "countyCode,nameZh,nameEn,screened,refer,referred,referralsCompleted,"
                + "medianDaysToCompletion,enrolled,deviceFittedOrSurgery,rehabilitated,"
                + "overdueReferrals,overdueMilestones",
            "652927,乌什县,Wushi County,3,2,2,2,12.5,1,1,0,1,2",
            "652922,温宿县,Wensu County,0,0,0,0,,0,0,0,0,0",
            "TOTAL,合计,Total,3,2,2,2,12.5,1,1,0,1,2",
            "");
  }

  @Test
  void an_alliance_report_quotes_names_with_commas() {
    AllianceReportView report =
        new AllianceReportView(
            null,
            null,
            List.of(
                new AllianceReportView.AllianceRow(
                    "a1", "ENT", "耳鼻咽喉科专科联盟", "Ear, Nose and Throat", 2, 30, 28, 4)),
            new ClinicIndicators(2, 30, 28, 4));

    assertThat(ReportCsv.of(report).split("\r\n"))
        .containsExactly(
            "allianceId,code,nameZh,nameEn,clinicsHeld,patientsSeen,screenings,referrals",
            "a1,ENT,耳鼻咽喉科专科联盟,\"Ear, Nose and Throat\",2,30,28,4",
            "TOTAL,,合计,Total,2,30,28,4");
  }

  @ParameterizedTest(name = "[{0}] is written [{1}]")
  @CsvSource(
      delimiter = '|',
      value = {
        "Wushi County|Wushi County",
        "Ear, Nose|\"Ear, Nose\"",
        "the \"first\"|\"the \"\"first\"\"\"",
      })
  void fields_are_quoted_as_rfc_4180_says(String value, String written) {
    assertThat(ReportCsv.field(value)).isEqualTo(written);
  }
}
