package org.alliancecare.screening.internal.domain;

import java.util.Objects;
import java.util.UUID;
import org.alliancecare.kernel.Identifier;
import org.alliancecare.kernel.InvalidInput;

/** The outreach clinic where a screening was done, as the outreach module gives its id. */
public record ClinicId(UUID value) implements Identifier {

  public ClinicId {
    Objects.requireNonNull(value, "value");
  }

  /**
   * From its string form, or {@code null} when none is given.
   *
   * @throws InvalidInput naming {@code clinicId} when it is not a clinic's id
   */
  public static ClinicId ofOptional(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return new ClinicId(UUID.fromString(text.strip()));
    } catch (IllegalArgumentException malformed) {
      throw InvalidInput.of("clinicId", "not-id-of-clinic");
    }
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
