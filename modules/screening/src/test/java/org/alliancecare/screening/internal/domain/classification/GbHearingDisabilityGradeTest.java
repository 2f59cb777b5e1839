package org.alliancecare.screening.internal.domain.classification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * GB/T 26341-2010 hearing disability, DOMAIN.md row by row, each cut-off on both sides, including
 * the fractional averages between the whole-decibel ranges (40 < grade 4 ≤ 60 < grade 3 ≤ 80 <
 * grade 2 ≤ 90 < grade 1).
 */
class GbHearingDisabilityGradeTest {

  private static final AgeAtScreening ADULT = new AgeAtScreening(18);

  @ParameterizedTest(name = "better ear {0} dB HL is {1}")
  @CsvSource({
    "19.75,  NONE",
    "40,     NONE",
    "40.25,  GRADE_4",
    "41,     GRADE_4",
    "60,     GRADE_4",
    "60.25,  GRADE_3",
    "60.5,   GRADE_3",
    "61,     GRADE_3",
    "80,     GRADE_3",
    "80.25,  GRADE_2",
    "81,     GRADE_2",
    "90,     GRADE_2",
    "90.25,  GRADE_1",
    "91,     GRADE_1",
    "120,    GRADE_1",
  })
  void grades_the_better_ears_average(String average, GbHearingDisabilityGrade grade) {
    assertThat(GbHearingDisabilityGrade.forBetterEar(PureToneAverage.of(average), ADULT))
        .isEqualTo(grade);
  }

  @ParameterizedTest(name = "better ear {0} dB HL at age {1} is {2}")
  @CsvSource({
    "41,    2, NONE",
    "60,    2, NONE",
    "60.25, 2, GRADE_3",
    "91,    0, GRADE_1",
    "41,    3, GRADE_4",
    "60,    3, GRADE_4",
  })
  void grade_4_is_not_counted_under_3_years_of_age(
      String average, int age, GbHearingDisabilityGrade grade) {
    assertThat(
            GbHearingDisabilityGrade.forBetterEar(
                PureToneAverage.of(average), new AgeAtScreening(age)))
        .isEqualTo(grade);
  }
}
