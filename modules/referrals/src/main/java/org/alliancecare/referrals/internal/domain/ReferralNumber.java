package org.alliancecare.referrals.internal.domain;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The human-readable number of a referral, {@code RF-<year>-<sequence>}, e.g. {@code
 * RF-2026-000042}: the year it was requested and a number that never repeats.
 */
public record ReferralNumber(String value) {

  private static final Pattern FORM = Pattern.compile("RF-\\d{4}-\\d{6,}");

  public ReferralNumber {
    Objects.requireNonNull(value, "value");
    if (!FORM.matcher(value).matches()) {
      throw new IllegalArgumentException("not a referral number: " + value);
    }
  }

  public static ReferralNumber of(int year, long sequence) {
    if (sequence < 1) {
      throw new IllegalArgumentException("sequence numbers start at 1");
    }
    return new ReferralNumber(String.format("RF-%04d-%06d", year, sequence));
  }

  @Override
  public String toString() {
    return value;
  }
}
