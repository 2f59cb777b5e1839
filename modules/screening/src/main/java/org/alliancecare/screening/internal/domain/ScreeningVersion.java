package org.alliancecare.screening.internal.domain;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.alliancecare.screening.internal.domain.classification.Classification;
import org.alliancecare.screening.internal.domain.classification.Measurements;

/**
 * One immutable version of a screening: version 1 as recorded, every later one a correction of the
 * version before it, with the reason. The classification names the rule set that made it.
 *
 * @param correctsVersion the version this one corrects, {@code null} for version 1
 * @param correctionReason why, present exactly when {@code correctsVersion} is
 */
public record ScreeningVersion(
    long number,
    Observation observation,
    Classification classification,
    Long correctsVersion,
    String correctionReason,
    String recordedBy,
    Instant recordedAt) {

  public ScreeningVersion {
    Objects.requireNonNull(observation, "observation");
    Objects.requireNonNull(classification, "classification");
    Objects.requireNonNull(recordedBy, "recordedBy");
    Objects.requireNonNull(recordedAt, "recordedAt");
    recordedAt = recordedAt.truncatedTo(ChronoUnit.MICROS);
    if (number < 1) {
      throw new IllegalArgumentException("versions are numbered from 1");
    }
    if ((number == 1) != (correctsVersion == null)) {
      throw new IllegalArgumentException("every version but the first corrects another");
    }
    if (correctsVersion != null && correctsVersion != number - 1) {
      throw new IllegalArgumentException("a correction corrects the version just before it");
    }
    if ((correctsVersion == null) != (correctionReason == null)) {
      throw new IllegalArgumentException("a correction, and only a correction, has a reason");
    }
  }

  public Measurements measurements() {
    return observation.measurements();
  }

  public String notes() {
    return observation.notes();
  }

  public String ruleSetId() {
    return classification.ruleSetId();
  }
}
