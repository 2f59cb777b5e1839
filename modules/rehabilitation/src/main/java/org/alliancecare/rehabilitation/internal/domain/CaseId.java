package org.alliancecare.rehabilitation.internal.domain;

import java.util.Objects;
import java.util.UUID;
import org.alliancecare.kernel.Identifier;

/** The id of a case. */
public record CaseId(UUID value) implements Identifier {

  public CaseId {
    Objects.requireNonNull(value, "value");
  }

  public static CaseId newId() {
    return new CaseId(UUID.randomUUID());
  }

  /** From its string form; a malformed one is a case that does not exist. */
  public static CaseId of(String text) {
    return new CaseId(Identifier.parse(text, "case"));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
