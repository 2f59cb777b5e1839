package org.alliancecare.screening.internal.domain.classification;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.alliancecare.kernel.InvalidInput;

/**
 * Pure-tone air-conduction thresholds of one ear, in dB HL, at the four frequencies of the PTA4.
 *
 * <p>Thresholds are whole decibels from −10 to 120 dB HL, the range of a clinical audiometer. Any
 * whole decibel is accepted, not only the 5 dB steps of manual audiometry, because automated and
 * some screening audiometers step by 1 or 2 dB; the {@link PureToneAverage} is exact either way.
 */
public record HearingThresholds(int at500Hz, int at1000Hz, int at2000Hz, int at4000Hz) {

  public static final int LOWEST_DB_HL = -10;
  public static final int HIGHEST_DB_HL = 120;

  /** The keys of the {@code {"500": dB, "1000": dB, "2000": dB, "4000": dB}} shape of API.md. */
  public static final List<String> FREQUENCIES = List.of("500", "1000", "2000", "4000");

  public HearingThresholds {
    List<InvalidInput.FieldError> errors = new ArrayList<>();
    int[] thresholds = {at500Hz, at1000Hz, at2000Hz, at4000Hz};
    for (int i = 0; i < thresholds.length; i++) {
      checkRange(thresholds[i], FREQUENCIES.get(i), errors);
    }
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
  }

  /**
   * Reads the thresholds of one ear as they arrive: a map from frequency in Hz to dB HL.
   *
   * @param field where the ear sits in the request, e.g. {@code measurements.rightEar}; a bad
   *     threshold is named as {@code measurements.rightEar.1000}
   * @throws InvalidInput naming every missing, unknown or out-of-range frequency
   */
  public static HearingThresholds of(Map<String, Integer> byFrequency, String field) {
    if (byFrequency == null) {
      throw InvalidInput.of(field, "thresholds-in-db-hl-at-500-1000");
    }
    List<InvalidInput.FieldError> errors = new ArrayList<>();
    for (String frequency : byFrequency.keySet()) {
      if (!FREQUENCIES.contains(frequency)) {
        errors.add(InvalidInput.FieldError.of(field + "." + frequency, "unknown-frequency"));
      }
    }
    for (String frequency : FREQUENCIES) {
      Integer threshold = byFrequency.get(frequency);
      if (threshold == null) {
        errors.add(
            InvalidInput.FieldError.of(
                field + "." + frequency, "threshold-at-hz-required", frequency));
      } else {
        checkRange(threshold, field + "." + frequency, errors);
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
    return new HearingThresholds(
        byFrequency.get("500"),
        byFrequency.get("1000"),
        byFrequency.get("2000"),
        byFrequency.get("4000"));
  }

  /** The four-frequency average of this ear. */
  public PureToneAverage average() {
    return PureToneAverage.of(this);
  }

  private static void checkRange(
      int threshold, String field, List<InvalidInput.FieldError> errors) {
    if (threshold < LOWEST_DB_HL || threshold > HIGHEST_DB_HL) {
      errors.add(
          InvalidInput.FieldError.of(
              field, "threshold-between-was", LOWEST_DB_HL, HIGHEST_DB_HL, threshold));
    }
  }
}
