package org.alliancecare.screening.internal.domain.classification;

import java.time.LocalDate;
import java.util.Map;

/** Small builders for the measurement shapes of API.md, and a child to screen. */
final class SampleMeasurements {

  /** A child born in Aksu on 15 March 2019: 3 on 15 March 2022, 6 on 15 March 2025. */
  static final LocalDate BIRTH_DATE = LocalDate.of(2019, 3, 15);

  private SampleMeasurements() {}

  /** The day the sample child is {@code years} old (the birthday itself). */
  static LocalDate birthday(int years) {
    return BIRTH_DATE.plusYears(years);
  }

  static Measurements.OptotypeAcuity decimalAcuity(String right, String left) {
    return uncorrected(right, left, AcuityNotation.DECIMAL);
  }

  static Measurements.OptotypeAcuity logMarAcuity(String right, String left) {
    return uncorrected(right, left, AcuityNotation.LOGMAR);
  }

  static Measurements.OptotypeAcuity uncorrected(
      String right, String left, AcuityNotation notation) {
    return new Measurements.OptotypeAcuity(
        Measurements.EyeAcuity.uncorrectedOnly(new Measurements.AcuityReading(right, notation)),
        Measurements.EyeAcuity.uncorrectedOnly(new Measurements.AcuityReading(left, notation)));
  }

  /** Decimal acuities, uncorrected and best-corrected, for each eye. */
  static Measurements.OptotypeAcuity correctedDecimal(
      String rightUncorrected,
      String rightCorrected,
      String leftUncorrected,
      String leftCorrected) {
    return new Measurements.OptotypeAcuity(
        eye(rightUncorrected, rightCorrected), eye(leftUncorrected, leftCorrected));
  }

  private static Measurements.EyeAcuity eye(String uncorrected, String corrected) {
    return new Measurements.EyeAcuity(
        new Measurements.AcuityReading(uncorrected, AcuityNotation.DECIMAL),
        corrected == null
            ? null
            : new Measurements.AcuityReading(corrected, AcuityNotation.DECIMAL));
  }

  /** The same threshold at every frequency of each ear. */
  static Measurements.PureToneThresholds flatThresholds(int right, int left) {
    return pureTone(right, right, right, right, left, left, left, left);
  }

  static Measurements.PureToneThresholds pureTone(
      int r500, int r1000, int r2000, int r4000, int l500, int l1000, int l2000, int l4000) {
    return new Measurements.PureToneThresholds(
        ear(r500, r1000, r2000, r4000), ear(l500, l1000, l2000, l4000));
  }

  static Map<String, Integer> ear(int at500, int at1000, int at2000, int at4000) {
    return Map.of("500", at500, "1000", at1000, "2000", at2000, "4000", at4000);
  }
}
