package org.alliancecare.screening.api;

/**
 * How a screening was done. Which methods belong to which kind is said by {@link ScreeningKind}.
 */
public enum ScreeningMethod {
  /** Acuity read off a chart (tumbling E, Lea, Snellen...), per eye. */
  OPTOTYPE,
  /** A photoscreener or autorefractor that reports PASS or REFER. */
  INSTRUMENT,
  /** A clinician's PASS or REFER. */
  CLINICIAN,
  /** Otoacoustic emissions, per ear PASS or REFER. */
  OAE,
  /** Automated auditory brainstem response, per ear PASS or REFER. */
  AABR,
  /** Pure-tone audiometry: thresholds in dB HL per ear at 500, 1000, 2000 and 4000 Hz. */
  PURE_TONE
}
