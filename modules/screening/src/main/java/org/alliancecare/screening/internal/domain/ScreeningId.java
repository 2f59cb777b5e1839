package org.alliancecare.screening.internal.domain;

import java.util.Objects;
import java.util.UUID;
import org.alliancecare.kernel.Identifier;

/** A screening's id. */
public record ScreeningId(UUID value) implements Identifier {

  public ScreeningId {
    Objects.requireNonNull(value, "value");
  }

  public static ScreeningId newId() {
    return new ScreeningId(UUID.randomUUID());
  }

  /** From its string form; a malformed one names no screening (404). */
  public static ScreeningId of(String text) {
    return new ScreeningId(Identifier.parse(text, "screening"));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
