package org.alliancecare.patients.internal.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.alliancecare.kernel.InvalidInput;
import org.alliancecare.patients.api.Sex;

/**
 * A resident identity number (公民身份号码, GB 11643-1999): a 6-digit region code, the 8-digit birth
 * date, a 3-digit sequence whose parity gives the sex (odd male, even female) and a check character
 * computed with ISO 7064 MOD 11-2. It is sensitive personal information: {@link #toString()} and
 * {@link #masked()} show only the first 6 and last 4 characters.
 */
public record ResidentIdNumber(String value) {

  private static final Pattern SHAPE = Pattern.compile("[0-9]{17}[0-9X]");

  /** ISO 7064 MOD 11-2 weights of the first 17 characters. */
  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};

  /** The check character for each remainder 0–10. */
  private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

  public ResidentIdNumber {
    if (value == null) {
      throw InvalidInput.of("nationalId", "required");
    }
    value = value.strip().toUpperCase(Locale.ROOT);
    if (!SHAPE.matcher(value).matches()) {
      throw InvalidInput.of("nationalId", "must-18-characters-17-digits-and-digit");
    }
    if (value.charAt(17) != checkCharacter(value)) {
      throw InvalidInput.of("nationalId", "has-wrong-check-character");
    }
    birthDateOf(value);
  }

  /** Parses a number given for the named field, so that errors name that field. */
  public static ResidentIdNumber parse(String text, String field) {
    try {
      return new ResidentIdNumber(text);
    } catch (InvalidInput e) {
      throw new InvalidInput(List.of(e.errors().get(0).about(field)));
    }
  }

  static char checkCharacter(String number) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (number.charAt(i) - '0') * WEIGHTS[i];
    }
    return CHECK[sum % 11];
  }

  private static LocalDate birthDateOf(String number) {
    try {
      return LocalDate.of(
          Integer.parseInt(number.substring(6, 10)),
          Integer.parseInt(number.substring(10, 12)),
          Integer.parseInt(number.substring(12, 14)));
    } catch (DateTimeException e) {
      throw InvalidInput.of("nationalId", "contains-birth-date-that-does-not-exist");
    }
  }

  public String regionCode() {
    return value.substring(0, 6);
  }

  public LocalDate birthDate() {
    return birthDateOf(value);
  }

  public Sex sex() {
    return (value.charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
  }

  /** The first 6 and last 4 characters, the rest hidden: {@code 652925********0028}. */
  public String masked() {
    return mask(value);
  }

  /** Masks any stored number the same way, e.g. one decrypted for a response. */
  public static String mask(String number) {
    return number.substring(0, 6) + "********" + number.substring(number.length() - 4);
  }

  @Override
  public String toString() {
    return masked();
  }
}
