package org.alliancecare.screening.internal.domain.classification;

import java.time.LocalDate;
import java.util.Objects;
import org.alliancecare.kernel.InvalidInput;

/**
 * A child's age in whole years on the day of screening. The birthday counts: on the 3rd birthday
 * the child is 3. A child born on 29 February turns a year older on 1 March in common years.
 */
public record AgeAtScreening(int years) {

  public AgeAtScreening {
    if (years < 0) {
      throw new IllegalArgumentException("an age is never negative, was " + years);
    }
  }

  /**
   * @throws InvalidInput naming {@code performedAt} when the screening is dated before the birth
   */
  public static AgeAtScreening between(LocalDate birthDate, LocalDate screenedOn) {
    Objects.requireNonNull(birthDate, "birthDate");
    Objects.requireNonNull(screenedOn, "screenedOn");
    return between(CalendarDay.of(birthDate), CalendarDay.of(screenedOn));
  }

  /**
   * The same as {@link #between(LocalDate, LocalDate)}, on the engine's own days (the offline field
   * app has no {@code java.time}).
   *
   * @throws InvalidInput naming {@code performedAt} when the screening is dated before the birth
   */
  public static AgeAtScreening between(CalendarDay birthDate, CalendarDay screenedOn) {
    Objects.requireNonNull(birthDate, "birthDate");
    Objects.requireNonNull(screenedOn, "screenedOn");
    if (screenedOn.isBefore(birthDate)) {
      throw InvalidInput.of(
          "performedAt", "screening-date-before-birth-date", screenedOn, birthDate);
    }
    return new AgeAtScreening(screenedOn.wholeYearsSince(birthDate));
  }
}
