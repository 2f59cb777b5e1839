package org.alliancecare.directory.internal.rest;

import java.util.Locale;
import org.alliancecare.kernel.InvalidInput;
import org.alliancecare.kernel.PageRequest;

/**
 * Query parameters read as text and parsed here, so that a bad value is a 400 naming the parameter
 * (JAX-RS would answer 404 for a parameter it cannot convert).
 */
final class Queries {

  private Queries() {}

  static PageRequest page(String limit, String cursor) {
    if (limit == null || limit.isBlank()) {
      return PageRequest.of(null, cursor);
    }
    try {
      return PageRequest.of(Integer.valueOf(limit.strip()), cursor);
    } catch (NumberFormatException e) {
      throw InvalidInput.of("limit", "whole-number-between-1-and", PageRequest.MAX_LIMIT);
    }
  }

  static <E extends Enum<E>> E optionalEnum(String text, Class<E> type, String parameter) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw InvalidInput.of(
          parameter, "not-one-of", java.util.Arrays.toString(type.getEnumConstants()));
    }
  }

  static String optional(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
