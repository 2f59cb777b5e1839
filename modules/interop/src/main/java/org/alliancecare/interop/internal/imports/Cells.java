package org.alliancecare.interop.internal.imports;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.alliancecare.kernel.InvalidInput.FieldError;

/**
 * The cells of one row read as the API's values, each bad cell named by its column in {@link
 * #errors()} (the row is refused when there is any). What a spreadsheet typically holds is
 * accepted: dates as {@code 2019-06-10}, {@code 2019/6/10} or {@code 2019.6.10}; yes and no in the
 * three languages; names of values in any case.
 */
final class Cells {

  /** The program dates its records in Beijing time (docs/screening.md, "The screening day"). */
  static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  private static final Pattern DATE = Pattern.compile("(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?");
  private static final Pattern LOCAL_DATE_TIME =
      Pattern.compile("(\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2})[ T](\\d{1,2}):(\\d{2})(?::(\\d{2}))?");
  private static final Map<String, Boolean> YES_NO =
      Map.ofEntries(
          Map.entry("true", true),
          Map.entry("yes", true),
          Map.entry("y", true),
          Map.entry("1", true),
          Map.entry("是", true),
          Map.entry("ھەئە", true),
          Map.entry("false", false),
          Map.entry("no", false),
          Map.entry("n", false),
          Map.entry("0", false),
          Map.entry("否", false),
          Map.entry("ياق", false));

  private final SheetRow row;
  private final List<FieldError> errors = new ArrayList<>();

  Cells(SheetRow row) {
    this.row = row;
  }

  SheetRow row() {
    return row;
  }

  List<FieldError> errors() {
    return errors;
  }

  void error(String column, String key, Object... arguments) {
    errors.add(FieldError.of(column, key, arguments));
  }

  String text(String column) {
    return row.cell(column);
  }

  LocalDate date(String column) {
    String text = row.cell(column);
    if (text == null) {
      return null;
    }
    Optional<LocalDate> date = parseDate(text);
    if (date.isEmpty()) {
      error(column, "must-date-yyyy-mm-dd");
    }
    return date.orElse(null);
  }

  static Optional<LocalDate> parseDate(String text) {
    Matcher date = DATE.matcher(text.strip());
    if (!date.matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          LocalDate.of(
              Integer.parseInt(date.group(1)),
              Integer.parseInt(date.group(2)),
              Integer.parseInt(date.group(3))));
    } catch (java.time.DateTimeException e) {
      return Optional.empty();
    }
  }

  /**
   * A moment: an ISO instant or date-time with offset, a local date and time read in Beijing time,
   * or a date alone (a paper record's day), read as noon that day in Beijing time.
   */
  Instant instant(String column) {
    String text = row.cell(column);
    if (text == null) {
      return null;
    }
    String value = text.strip();
    try {
      return OffsetDateTime.parse(value).toInstant();
    } catch (DateTimeParseException e) {
      // not with an offset: read below as Beijing time
    }
    Matcher local = LOCAL_DATE_TIME.matcher(value);
    if (local.matches()) {
      Optional<LocalDate> day = parseDate(local.group(1));
      int hour = Integer.parseInt(local.group(2));
      int minute = Integer.parseInt(local.group(3));
      int second = local.group(4) == null ? 0 : Integer.parseInt(local.group(4));
      if (day.isPresent() && hour < 24 && minute < 60 && second < 60) {
        return LocalDateTime.of(day.get(), LocalTime.of(hour, minute, second))
            .atZone(CHINA)
            .toInstant();
      }
    }
    Optional<LocalDate> day = parseDate(value);
    if (day.isPresent()) {
      return day.get().atTime(LocalTime.NOON).atZone(CHINA).toInstant();
    }
    error(column, "must-date-time");
    return null;
  }

  /** A value of an enumeration by its name, in any case; blank is null. */
  <E extends Enum<E>> E choice(String column, Class<E> type, Map<String, E> aliases) {
    String text = row.cell(column);
    if (text == null) {
      return null;
    }
    String value = text.strip();
    E alias = aliases.get(value.toLowerCase(Locale.ROOT));
    if (alias != null) {
      return alias;
    }
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equalsIgnoreCase(value.replace(' ', '_').replace('-', '_'))) {
        return constant;
      }
    }
    error(column, "not-one-of", names(type));
    return null;
  }

  /** Several values of an enumeration separated by {@code ;}, {@code ,} or spaces. */
  <E extends Enum<E>> List<E> choices(String column, Class<E> type) {
    String text = row.cell(column);
    if (text == null) {
      return List.of();
    }
    List<E> values = new ArrayList<>();
    for (String part : text.split("[;,，；\\s]+")) {
      if (part.isBlank()) {
        continue;
      }
      E found = null;
      for (E constant : type.getEnumConstants()) {
        if (constant.name().equalsIgnoreCase(part.strip())) {
          found = constant;
        }
      }
      if (found == null) {
        error(column, "not-one-of", names(type));
        return List.of();
      }
      values.add(found);
    }
    return values;
  }

  Boolean yesNo(String column) {
    String text = row.cell(column);
    if (text == null) {
      return null;
    }
    Boolean value = YES_NO.get(text.strip().toLowerCase(Locale.ROOT));
    if (value == null) {
      error(column, "must-true-or-false");
    }
    return value;
  }

  Integer wholeNumber(String column) {
    String text = row.cell(column);
    if (text == null) {
      return null;
    }
    try {
      return new java.math.BigDecimal(text.strip()).intValueExact();
    } catch (NumberFormatException | ArithmeticException e) {
      error(column, "must-whole-number");
      return null;
    }
  }

  private static String names(Class<? extends Enum<?>> type) {
    return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
  }
}
