package org.alliancecare.patients.api;

import jakarta.json.bind.annotation.JsonbNillable;
import java.io.Serializable;

/**
 * A guardian as answered: the identity number masked; {@code name} or {@code nameUg} may be null,
 * never both ({@code nameUgLatin}: ULY of {@code nameUg}).
 */
public record GuardianView(
    @JsonbNillable String name,
    @JsonbNillable String nameUg,
    @JsonbNillable String nameUgLatin,
    String relationship,
    String phone,
    String nationalId)
    implements Serializable {

  /** The name to show where one is shown: the Chinese (or Latin) name, else the Uyghur. */
  public String displayName() {
    return name != null ? name : nameUg;
  }
}
