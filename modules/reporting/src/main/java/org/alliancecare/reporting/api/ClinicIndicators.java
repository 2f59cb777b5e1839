package org.alliancecare.reporting.api;

/**
 * The indicators of outreach clinics (API.md, Reports): for one alliance or in total.
 *
 * @param clinicsHeld clinics that took place (IN_PROGRESS or COMPLETED)
 * @param patientsSeen patients recorded at them, each once
 * @param screenings screenings recorded at them
 * @param referrals referrals that started from those screenings or from attendances at them
 */
public record ClinicIndicators(
    long clinicsHeld, long patientsSeen, long screenings, long referrals) {

  /** Nothing counted. */
  public static final ClinicIndicators NONE = new ClinicIndicators(0, 0, 0, 0);
}
