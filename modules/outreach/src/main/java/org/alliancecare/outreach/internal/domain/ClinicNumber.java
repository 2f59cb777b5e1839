package org.alliancecare.outreach.internal.domain;

import java.util.regex.Pattern;

/**
 * A clinic's human-readable number, {@code OC-<year>-<nnnn>}: the year of the clinic's date when it
 * was planned and a number from a database sequence. Unique and never changed (a clinic moved to
 * another year keeps its number); not gap-free.
 */
public record ClinicNumber(String value) {

  private static final Pattern FORM = Pattern.compile("OC-\\d{4}-\\d{4,}");

  public ClinicNumber {
    if (value == null || !FORM.matcher(value).matches()) {
      throw new IllegalArgumentException("not a clinic number: " + value);
    }
  }

  public static ClinicNumber of(int year, long serial) {
    return new ClinicNumber(String.format("OC-%04d-%04d", year, serial));
  }

  @Override
  public String toString() {
    return value;
  }
}
