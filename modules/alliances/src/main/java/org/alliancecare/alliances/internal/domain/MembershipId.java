package org.alliancecare.alliances.internal.domain;

import java.util.UUID;
import org.alliancecare.kernel.Identifier;

/** A membership's id. */
public record MembershipId(UUID value) implements Identifier {

  public static MembershipId random() {
    return new MembershipId(UUID.randomUUID());
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
