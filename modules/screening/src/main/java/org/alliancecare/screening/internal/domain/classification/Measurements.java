package org.alliancecare.screening.internal.domain.classification;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.alliancecare.screening.api.Outcome;

/**
 * What the screener recorded, in the {@code measurements} shapes of API.md. These records carry the
 * input as it arrived: any part may be missing or malformed, and the classifier names every bad
 * field in one {@link org.alliancecare.kernel.InvalidInput}.
 */
public sealed interface Measurements {

  /** VISION by OPTOTYPE: {@code {rightEye, leftEye}}. */
  record OptotypeAcuity(EyeAcuity rightEye, EyeAcuity leftEye) implements Measurements {}

  /**
   * One eye: {@code {uncorrected, corrected?}}; corrected is the best-corrected acuity if known.
   */
  record EyeAcuity(AcuityReading uncorrected, AcuityReading corrected) {

    public static EyeAcuity uncorrectedOnly(AcuityReading uncorrected) {
      return new EyeAcuity(uncorrected, null);
    }
  }

  /** {@code {value, notation}}, the value as written: "0.5", "4.7", "6/12". */
  record AcuityReading(String value, AcuityNotation notation) {}

  /** VISION by INSTRUMENT or CLINICIAN, SPEECH by CLINICIAN: {@code {outcome}}. */
  record RecordedOutcome(Outcome outcome) implements Measurements {}

  /** HEARING by OAE or AABR: {@code {rightEar, leftEar}}, each PASS or REFER. */
  record EarOutcomes(Outcome rightEar, Outcome leftEar) implements Measurements {}

  /** HEARING by PURE_TONE: {@code {rightEar: {"500": dB, "1000": dB, ...}, leftEar: {...}}}. */
  record PureToneThresholds(Map<String, Integer> rightEar, Map<String, Integer> leftEar)
      implements Measurements {

    public PureToneThresholds {
      rightEar =
          rightEar == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(rightEar));
      leftEar = leftEar == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(leftEar));
    }
  }
}
