package org.alliancecare.alliances.internal.domain;

import java.util.regex.Pattern;
import org.alliancecare.kernel.InvalidInput;

/** An alliance's short code, e.g. {@code PED}: 2 to 16 capital letters, digits, - or _. */
public record AllianceCode(String value) {

  private static final Pattern FORM = Pattern.compile("[A-Z][A-Z0-9_-]{1,15}");

  public AllianceCode {
    if (value == null || !FORM.matcher(value).matches()) {
      throw InvalidInput.of("code", "must-2-to-16-capital-letters-digits");
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
