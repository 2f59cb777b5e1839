package org.alliancecare.outreach.internal.domain;

import java.time.LocalDate;
import java.util.Map;
import org.alliancecare.kernel.BusinessRuleViolation;

/**
 * A clinic is planned for today or a later day, and a revision moves it to today or later: "today"
 * is the business day in China ({@code Asia/Shanghai}). A revision that keeps the date of a clinic
 * whose day has passed (a venue corrected before it is completed) is not refused.
 */
public class ClinicDateInPast extends BusinessRuleViolation {

  public ClinicDateInPast(LocalDate date, LocalDate today) {
    super(
        "clinic-date-in-past",
        "A clinic cannot be planned for or moved to "
            + date
            + ", a day before today ("
            + today
            + ").",
        Map.of("date", date.toString(), "today", today.toString()));
  }

  /** Refuses a day before today when a clinic is planned. */
  public static void requireNotBefore(LocalDate today, LocalDate date) {
    if (date != null && date.isBefore(today)) {
      throw new ClinicDateInPast(date, today);
    }
  }

  /** Refuses moving a clinic to another day before today; keeping its day is allowed. */
  public static void requireNotMovedBefore(LocalDate today, LocalDate current, LocalDate next) {
    if (next != null && !next.equals(current)) {
      requireNotBefore(today, next);
    }
  }
}
