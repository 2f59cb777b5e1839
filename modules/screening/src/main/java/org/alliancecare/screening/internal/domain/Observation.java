package org.alliancecare.screening.internal.domain;

import java.util.Objects;
import org.alliancecare.screening.internal.domain.classification.Measurements;

/** What one version of a screening says was observed: the measurements and the free notes. */
public record Observation(Measurements measurements, String notes) {

  public Observation {
    Objects.requireNonNull(measurements, "measurements");
    notes = notes == null || notes.isBlank() ? null : notes.strip();
  }
}
