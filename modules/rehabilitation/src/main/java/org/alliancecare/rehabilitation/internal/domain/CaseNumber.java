package org.alliancecare.rehabilitation.internal.domain;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The human-readable number of a case, {@code <program>-<year>-<sequence>}, e.g. {@code
 * QIMING-2026-00042}: the program, the year of enrolment and a number that never repeats.
 */
public record CaseNumber(String value) {

  private static final Pattern FORM = Pattern.compile("[A-Z][A-Z0-9_]*-\\d{4}-\\d{5,}");

  public CaseNumber {
    Objects.requireNonNull(value, "value");
    if (!FORM.matcher(value).matches()) {
      throw new IllegalArgumentException("not a case number: " + value);
    }
  }

  public static CaseNumber of(String programCode, int year, long sequence) {
    if (sequence < 1) {
      throw new IllegalArgumentException("sequence numbers start at 1");
    }
    return new CaseNumber(String.format("%s-%04d-%05d", programCode, year, sequence));
  }

  @Override
  public String toString() {
    return value;
  }
}
