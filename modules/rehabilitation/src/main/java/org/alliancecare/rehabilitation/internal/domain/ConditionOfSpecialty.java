package org.alliancecare.rehabilitation.internal.domain;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.alliancecare.rehabilitation.api.Condition;

/**
 * Which condition a referral to a specialty serves, so that its completion reaches the right
 * milestone: audiology and ear, nose and throat → HEARING; ophthalmology and optometry → VISION;
 * speech and language therapy → SPEECH. Other specialties serve no condition in particular.
 */
public final class ConditionOfSpecialty {

  private static final Map<String, Condition> BY_SPECIALTY =
      Map.ofEntries(
          Map.entry("AUDIOLOGY", Condition.HEARING),
          Map.entry("OTOLARYNGOLOGY", Condition.HEARING),
          Map.entry("OTORHINOLARYNGOLOGY", Condition.HEARING),
          Map.entry("ENT", Condition.HEARING),
          Map.entry("HEARING", Condition.HEARING),
          Map.entry("OPHTHALMOLOGY", Condition.VISION),
          Map.entry("OPTOMETRY", Condition.VISION),
          Map.entry("VISION", Condition.VISION),
          Map.entry("SPEECH", Condition.SPEECH),
          Map.entry("SPEECH_THERAPY", Condition.SPEECH),
          Map.entry("SPEECH_LANGUAGE_THERAPY", Condition.SPEECH),
          Map.entry("SPEECH_AND_LANGUAGE_THERAPY", Condition.SPEECH));

  private ConditionOfSpecialty() {}

  public static Optional<Condition> of(String specialty) {
    if (specialty == null) {
      return Optional.empty();
    }
    String normalised =
        specialty
            .strip()
            .toUpperCase(Locale.ROOT)
            .replaceAll("[^A-Z]+", "_")
            .replaceAll("^_|_$", "");
    return Optional.ofNullable(BY_SPECIALTY.get(normalised));
  }
}
