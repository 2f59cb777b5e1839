package org.alliancecare.screening.internal.domain.classification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** GB/T 26341-2010 vision disability, DOMAIN.md row by row, each cut-off on both sides. */
class GbVisionDisabilityGradeTest {

  @ParameterizedTest(name = "best-corrected {0} is {1}")
  @CsvSource({
    // decimal, grade   -- row and side of the cut-off
    "1.0,   NONE", //      not a disability
    "0.3,   NONE", //      on 0.3: not a disability
    "0.29,  GRADE_4", //   just below 0.3
    "0.1,   GRADE_4", //   on 0.1: grade 4 (0.1 to < 0.3)
    "0.097, GRADE_3", //   just below 0.1 (logMAR 1.01)
    "0.05,  GRADE_3", //   on 0.05: grade 3 (0.05 to < 0.1)
    "0.049, GRADE_2", //   just below 0.05
    "0.02,  GRADE_2", //   on 0.02: grade 2 (0.02 to < 0.05)
    "0.019, GRADE_1", //   just below 0.02
    "0.001, GRADE_1", //   grade 1 (< 0.02)
  })
  void grades_the_better_eyes_best_corrected_acuity(String decimal, GbVisionDisabilityGrade grade) {
    assertThat(GbVisionDisabilityGrade.of(VisualAcuity.ofDecimal(decimal))).isEqualTo(grade);
  }

  @ParameterizedTest(name = "{0} is numbered {1}")
  @CsvSource({"GRADE_1, 1", "GRADE_2, 2", "GRADE_3, 3", "GRADE_4, 4"})
  void grades_are_numbered_as_the_standard_numbers_them(GbVisionDisabilityGrade grade, int number) {
    assertThat(grade.number()).isEqualTo(number);
    assertThat(GbVisionDisabilityGrade.NONE.number()).isNull();
  }
}
