package org.alliancecare.screening.internal.domain.classification;

import java.util.Objects;

/**
 * A coded reason with English text a person can read, e.g. "better eye 0.4 below 0.5 for age 3".
 */
public record Reason(ReasonCode code, String text) {

  public Reason {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(text, "text");
    if (text.isBlank()) {
      throw new IllegalArgumentException("a reason says why");
    }
  }
}
