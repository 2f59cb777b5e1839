package org.alliancecare.outreach.internal.domain;

import java.util.UUID;
import org.alliancecare.kernel.Identifier;

/** A clinic's id. */
public record ClinicId(UUID value) implements Identifier {

  public static ClinicId parse(String text) {
    return new ClinicId(Identifier.parse(text, "clinic"));
  }

  public static ClinicId random() {
    return new ClinicId(UUID.randomUUID());
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
