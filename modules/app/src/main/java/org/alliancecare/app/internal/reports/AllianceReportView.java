package org.alliancecare.app.internal.reports;

import java.time.LocalDate;
import java.util.List;
import org.alliancecare.reporting.api.ClinicIndicators;

/**
 * {@code GET /api/reports/alliances}: the outreach clinics' indicators per alliance (rows) and in
 * total.
 *
 * @param from first day of the period, if one was asked for
 * @param to last day of the period, if one was asked for
 * @param rows one row per alliance the caller may see, in code order
 */
public record AllianceReportView(
    LocalDate from, LocalDate to, List<AllianceRow> rows, ClinicIndicators total) {

  /** One alliance's indicators. */
  public record AllianceRow(
      String allianceId,
      String code,
      String nameZh,
      String nameEn,
      long clinicsHeld,
      long patientsSeen,
      long screenings,
      long referrals) {}
}
