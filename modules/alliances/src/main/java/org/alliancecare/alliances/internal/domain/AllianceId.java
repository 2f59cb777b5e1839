package org.alliancecare.alliances.internal.domain;

import java.util.UUID;
import org.alliancecare.kernel.Identifier;

/** An alliance's id. */
public record AllianceId(UUID value) implements Identifier {

  public static AllianceId parse(String text) {
    return new AllianceId(Identifier.parse(text, "alliance"));
  }

  public static AllianceId random() {
    return new AllianceId(UUID.randomUUID());
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
