package org.alliancecare.patients.api;

/**
 * A guardian as answered: the identity number masked; {@code name} or {@code nameUg} may be null,
 * never both ({@code nameUgLatin}: ULY of {@code nameUg}).
 */
public record GuardianView(
    String name,
    String nameUg,
    String nameUgLatin,
    String relationship,
    String phone,
    String nationalId) {

  /** The name to show where one is shown: the Chinese (or Latin) name, else the Uyghur. */
  public String displayName() {
    return name != null ? name : nameUg;
  }
}
