package org.alliancecare.patients.internal.domain;

import java.util.List;
import org.alliancecare.kernel.InvalidInput;

/**
 * A person's name in Uyghur Arabic script ({@code nameUg}), in the one spelling of {@link
 * UyghurScript}, with the forms it is found by: the script's search key, its ULY Latin form
 * (gülmire memet) and that Latin form without diacritics (gulmire memet).
 */
public record UyghurName(String value) {

  static final int MAX_LENGTH = 100;

  public UyghurName {
    value = UyghurScript.normalise(value);
    if (value.isEmpty()) {
      throw InvalidInput.of("nameUg", "required");
    }
    if (!UyghurScript.isName(value)) {
      throw InvalidInput.of("nameUg", "uyghur-script");
    }
    if (value.codePointCount(0, value.length()) > MAX_LENGTH) {
      throw InvalidInput.of("nameUg", "at-most-characters", MAX_LENGTH);
    }
  }

  /** Parses a name given for the named field, so that errors name that field; blank → null. */
  public static UyghurName ofOptional(String text, String field) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return new UyghurName(text);
    } catch (InvalidInput e) {
      throw new InvalidInput(List.of(e.errors().get(0).about(field)));
    }
  }

  /** The script form names are compared by (duplicates) and searched by (word prefixes). */
  public String searchKey() {
    return UyghurScript.searchKey(value);
  }

  /** ULY, lower case: گۈلمىرە مەمەت → gülmire memet. */
  public String latin() {
    return Uly.latin(value);
  }

  /** ULY without diacritics or apostrophes: gulmire memet. */
  public String latinSearchKey() {
    return Uly.searchKey(latin());
  }

  @Override
  public String toString() {
    return value;
  }
}
