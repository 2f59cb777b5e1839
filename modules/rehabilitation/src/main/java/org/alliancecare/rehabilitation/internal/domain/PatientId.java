package org.alliancecare.rehabilitation.internal.domain;

import java.util.Objects;
import java.util.UUID;
import org.alliancecare.kernel.Identifier;

/** The id of a patient. */
public record PatientId(UUID value) implements Identifier {

  public PatientId {
    Objects.requireNonNull(value, "value");
  }

  public static PatientId newId() {
    return new PatientId(UUID.randomUUID());
  }

  /** From its string form; a malformed one is a patient that does not exist. */
  public static PatientId of(String text) {
    return new PatientId(Identifier.parse(text, "patient"));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
