package org.alliancecare.notifications.internal.channels;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A mainland Chinese mobile number in the domestic form SMS gateways take: eleven digits, {@code 1}
 * then {@code 3}–{@code 9} (e.g. {@code 13800138000}). {@link #parse} reads what people write:
 * {@code +86 138 0013 8000}, {@code 0086-138-0013-8000}, {@code (86) 13800138000}.
 */
record MobileNumber(String digits) {

  private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
  private static final Pattern SEPARATORS = Pattern.compile("[\\s\\u00a0\\-().]");

  MobileNumber {
    if (digits == null || !MOBILE.matcher(digits).matches()) {
      throw new IllegalArgumentException("not a mainland Chinese mobile number");
    }
  }

  /** The number, or nothing when what was written is not a Chinese mobile number. */
  static Optional<MobileNumber> parse(String written) {
    if (written == null) {
      return Optional.empty();
    }
    String compact = SEPARATORS.matcher(written).replaceAll("");
    if (compact.startsWith("+86")) {
      compact = compact.substring(3);
    } else if (compact.startsWith("0086")) {
      compact = compact.substring(4);
    } else if (compact.length() == 13 && compact.startsWith("86")) {
      compact = compact.substring(2);
    }
    return MOBILE.matcher(compact).matches()
        ? Optional.of(new MobileNumber(compact))
        : Optional.empty();
  }

  @Override
  public String toString() {
    // personal data: only the operator's prefix and the last two digits
    return digits.substring(0, 3) + "******" + digits.substring(9);
  }
}
