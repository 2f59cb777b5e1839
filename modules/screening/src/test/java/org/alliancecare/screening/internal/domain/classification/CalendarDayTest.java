package org.alliancecare.screening.internal.domain.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;

/**
 * The engine's own day counts ages exactly as {@link Period#between} did before it (the offline
 * field app has no {@code java.time}), and writes days as {@link LocalDate#toString()} does.
 */
class CalendarDayTest {

  @Test
  void whole_years_are_those_of_period_between_for_every_pair_of_days_in_eight_years() {
    LocalDate firstBirth = LocalDate.of(2003, 1, 1);
    LocalDate lastBirth = LocalDate.of(2004, 12, 31);
    LocalDate lastScreening = LocalDate.of(2011, 3, 1);
    int compared = 0;
    for (LocalDate birth = firstBirth; !birth.isAfter(lastBirth); birth = birth.plusDays(1)) {
      CalendarDay birthDay = CalendarDay.of(birth);
      for (LocalDate screened = birth;
          !screened.isAfter(lastScreening);
          screened = screened.plusDays(1)) {
        int expected = Period.between(birth, screened).getYears();
        if (CalendarDay.of(screened).wholeYearsSince(birthDay) != expected) {
          throw new AssertionError(birth + " to " + screened + ": " + expected + " years");
        }
        compared++;
      }
    }
    assertThat(compared).isGreaterThan(1_500_000);
  }

  @Test
  void a_29_february_birthday_is_complete_on_1_march_in_common_years() {
    CalendarDay born = new CalendarDay(2016, 2, 29);
    assertThat(new CalendarDay(2017, 2, 28).wholeYearsSince(born)).isZero();
    assertThat(new CalendarDay(2017, 3, 1).wholeYearsSince(born)).isEqualTo(1);
    assertThat(new CalendarDay(2020, 2, 29).wholeYearsSince(born)).isEqualTo(4);
  }

  @Test
  void days_are_written_as_local_date_writes_them() {
    for (LocalDate date :
        new LocalDate[] {
          LocalDate.of(2015, 3, 15),
          LocalDate.of(2016, 2, 29),
          LocalDate.of(999, 1, 9),
          LocalDate.of(0, 12, 31),
          LocalDate.of(-1, 1, 1),
          LocalDate.of(-1500, 6, 30),
          LocalDate.of(10000, 1, 1)
        }) {
      assertThat(CalendarDay.of(date).toString()).isEqualTo(date.toString());
    }
  }

  @Test
  void a_day_that_the_calendar_does_not_have_is_refused() {
    assertThatThrownBy(() -> new CalendarDay(2019, 2, 29))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CalendarDay(2000, 13, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(new CalendarDay(2000, 2, 29)).isEqualTo(CalendarDay.of(LocalDate.of(2000, 2, 29)));
    assertThat(new CalendarDay(1900, 2, 28).isBefore(new CalendarDay(1900, 3, 1))).isTrue();
  }
}
