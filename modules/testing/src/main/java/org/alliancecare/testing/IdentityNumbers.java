package org.alliancecare.testing;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Valid resident identity numbers (GB 11643) for tests, so that tests sharing one application never
 * collide on the unique identity number.
 */
public final class IdentityNumbers {

  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

  private IdentityNumbers() {}

  /** A random number for someone of {@code region} born on {@code birthDate}, female or male. */
  public static String random(String region, LocalDate birthDate, boolean female) {
    int sequence = ThreadLocalRandom.current().nextInt(0, 500) * 2 + (female ? 0 : 1);
    String first17 =
        region
            + birthDate.format(DateTimeFormatter.BASIC_ISO_DATE)
            + String.format("%03d", sequence);
    return first17 + check(first17);
  }

  public static char check(String first17) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (first17.charAt(i) - '0') * WEIGHTS[i];
    }
    return CHECK[sum % 11];
  }
}
