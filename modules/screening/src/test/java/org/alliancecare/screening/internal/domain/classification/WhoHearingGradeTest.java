package org.alliancecare.screening.internal.domain.classification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** WHO World Report on Hearing 2021, DOMAIN.md row by row, each cut-off on both sides. */
class WhoHearingGradeTest {

  @ParameterizedTest(name = "better ear {0} dB HL is {1}")
  @CsvSource({
    "-10,   NORMAL",
    "19.75, NORMAL",
    "20,    MILD",
    "34.75, MILD",
    "35,    MODERATE",
    "49.75, MODERATE",
    "50,    MODERATELY_SEVERE",
    "64.75, MODERATELY_SEVERE",
    "65,    SEVERE",
    "79.75, SEVERE",
    "80,    PROFOUND",
    "94.75, PROFOUND",
    "95,    COMPLETE",
    "120,   COMPLETE",
  })
  void grades_the_better_ears_average(String average, WhoHearingGrade grade) {
    PureToneAverage pta = PureToneAverage.of(average);
    assertThat(WhoHearingGrade.ofBetterEar(pta)).isEqualTo(grade);
    assertThat(WhoHearingGrade.of(pta, pta)).isEqualTo(grade);
  }

  @ParameterizedTest(name = "right {0}, left {1} dB HL is {2}")
  @CsvSource({
    // better ear < 20 and worse ear >= 35
    "19.75, 35,    UNILATERAL",
    "35,    19.75, UNILATERAL",
    "0,     120,   UNILATERAL",
    // worse ear just below 35: the better ear decides
    "19.75, 34.75, NORMAL",
    // better ear at 20: not unilateral, the better ear decides
    "20,    35,    MILD",
    "20,    120,   MILD",
  })
  void a_normal_better_ear_and_a_worse_ear_of_35_or_more_is_unilateral(
      String right, String left, WhoHearingGrade grade) {
    assertThat(WhoHearingGrade.of(PureToneAverage.of(right), PureToneAverage.of(left)))
        .isEqualTo(grade);
  }
}
