package org.alliancecare.rehabilitation.internal.domain;

import java.util.Objects;
import java.util.UUID;
import org.alliancecare.kernel.Identifier;

/** The id of a milestone. */
public record MilestoneId(UUID value) implements Identifier {

  public MilestoneId {
    Objects.requireNonNull(value, "value");
  }

  public static MilestoneId newId() {
    return new MilestoneId(UUID.randomUUID());
  }

  /** From its string form; a malformed one is a milestone that does not exist. */
  public static MilestoneId of(String text) {
    return new MilestoneId(Identifier.parse(text, "milestone"));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
