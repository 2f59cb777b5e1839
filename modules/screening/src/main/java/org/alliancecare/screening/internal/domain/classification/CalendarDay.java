package org.alliancecare.screening.internal.domain.classification;

import java.time.LocalDate;

/**
 * A day of the ISO calendar as the engine counts ages with it: year, month, day. The engine keeps
 * its own small date rather than {@link LocalDate} so that it compiles to JavaScript for the
 * offline field app (TeaVM's class library has no {@code java.time}); the server hands its {@code
 * LocalDate}s over through {@link #of(LocalDate)}, so both sides count ages the same way.
 */
public record CalendarDay(int year, int month, int day) implements Comparable<CalendarDay> {

  private static final int[] DAYS_IN_MONTH = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

  public CalendarDay {
    if (month < 1 || month > 12 || day < 1 || day > lengthOfMonth(year, month)) {
      throw new IllegalArgumentException(
          "no such day: " + year + "-" + month + "-" + day + " in the ISO calendar");
    }
  }

  /** The same day as a {@link LocalDate}; {@code null} stays {@code null}. */
  public static CalendarDay of(LocalDate date) {
    return date == null
        ? null
        : new CalendarDay(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
  }

  /**
   * Whole years from {@code earlier} to this day, as {@link java.time.Period#between} counts them:
   * a year is complete on the same month and day, and a 29 February birthday is complete on 1 March
   * in common years.
   */
  int wholeYearsSince(CalendarDay earlier) {
    int years = year - earlier.year;
    boolean beforeAnniversary =
        month < earlier.month || (month == earlier.month && day < earlier.day);
    return beforeAnniversary ? years - 1 : years;
  }

  public boolean isBefore(CalendarDay other) {
    return compareTo(other) < 0;
  }

  @Override
  public int compareTo(CalendarDay other) {
    if (year != other.year) {
      return Integer.compare(year, other.year);
    }
    if (month != other.month) {
      return Integer.compare(month, other.month);
    }
    return Integer.compare(day, other.day);
  }

  /** ISO 8601 as {@link LocalDate#toString()} writes it: 2015-03-15, -0001-01-01, +10000-01-01. */
  @Override
  public String toString() {
    int absoluteYear = Math.abs(year);
    String yearText =
        absoluteYear < 1000
            ? (year < 0 ? "-" : "") + pad(absoluteYear, 4)
            : (year > 9999 ? "+" : "") + year;
    return yearText + "-" + pad(month, 2) + "-" + pad(day, 2);
  }

  static boolean isLeapYear(int year) {
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  }

  static int lengthOfMonth(int year, int month) {
    return month == 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1];
  }

  private static String pad(int number, int width) {
    StringBuilder text = new StringBuilder(Integer.toString(number));
    while (text.length() < width) {
      text.insert(0, '0');
    }
    return text.toString();
  }
}
