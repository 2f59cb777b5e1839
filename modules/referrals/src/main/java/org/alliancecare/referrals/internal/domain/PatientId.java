package org.alliancecare.referrals.internal.domain;

import java.util.Objects;
import java.util.UUID;
import org.alliancecare.kernel.Identifier;

/** The id of the patient a referral is for (a patient of the patients module). */
public record PatientId(UUID value) implements Identifier {

  public PatientId {
    Objects.requireNonNull(value, "value");
  }

  public static PatientId of(String text) {
    return new PatientId(Identifier.parse(text, "patient"));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
