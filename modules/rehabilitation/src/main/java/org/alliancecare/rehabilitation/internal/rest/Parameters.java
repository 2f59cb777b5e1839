package org.alliancecare.rehabilitation.internal.rest;

import java.util.Arrays;
import java.util.Locale;
import org.alliancecare.kernel.InvalidInput;
import org.alliancecare.kernel.RecordNotFound;

/** Query and path parameters as the resources read them: wrong values name their parameter. */
final class Parameters {

  private Parameters() {}

  static String text(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  static Boolean flag(String value, String name) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "true" -> Boolean.TRUE;
      case "false" -> Boolean.FALSE;
      default -> throw InvalidInput.of(name, "must-true-or-false");
    };
  }

  static Integer number(String value, String name) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(value.strip());
    } catch (NumberFormatException e) {
      throw InvalidInput.of(name, "must-whole-number");
    }
  }

  static <E extends Enum<E>> E constant(String value, Class<E> type, String name) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw InvalidInput.of(name, "one-of", Arrays.toString(type.getEnumConstants()));
    }
  }

  /** A phase number in a path: anything but a number is a phase that does not exist. */
  static int phaseNumber(String value) {
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new RecordNotFound("phase");
    }
  }
}
