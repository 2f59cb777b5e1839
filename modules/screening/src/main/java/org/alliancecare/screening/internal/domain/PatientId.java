package org.alliancecare.screening.internal.domain;

import java.util.Objects;
import java.util.UUID;
import org.alliancecare.kernel.Identifier;

/** The id of the patient screened, as the patients module gives it. */
public record PatientId(UUID value) implements Identifier {

  public PatientId {
    Objects.requireNonNull(value, "value");
  }

  /** From its string form; a malformed one names no patient (404). */
  public static PatientId of(String text) {
    return new PatientId(Identifier.parse(text, "patient"));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
