package org.alliancecare.screening.internal.domain.classification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** ICD-11 9D90, DOMAIN.md row by row, each cut-off on both sides. */
class Icd11VisionCategoryTest {

  @ParameterizedTest(name = "better eye {0} ({1}) is {2}")
  @CsvSource({
    // acuity, notation,      category     -- row and side of the cut-off
    "1.0,   DECIMAL,        NONE", //          none: well inside
    "6/12,  SNELLEN_METRIC, NONE", //          none: on the cut-off 6/12
    "0.5,   DECIMAL,        NONE", //          none: 6/12 as decimal
    "0.31,  LOGMAR,         MILD", //          mild: just worse than 6/12
    "0.49,  DECIMAL,        MILD", //          mild: decimal just below 0.5
    "6/18,  SNELLEN_METRIC, MILD", //          mild: on the cut-off 6/18
    "0.33,  DECIMAL,        MILD", //          mild: 6/18 as decimal
    "0.49,  LOGMAR,         MODERATE", //      moderate: just worse than 6/18
    "0.32,  DECIMAL,        MODERATE", //      moderate: decimal just below 0.33
    "6/60,  SNELLEN_METRIC, MODERATE", //      moderate: on the cut-off 6/60
    "0.1,   DECIMAL,        MODERATE", //      moderate: 6/60 as decimal
    "1.01,  LOGMAR,         SEVERE", //        severe: just worse than 6/60
    "3/60,  SNELLEN_METRIC, SEVERE", //        severe: on the cut-off 3/60
    "0.05,  DECIMAL,        SEVERE", //        severe: 3/60 as decimal
    "1.31,  LOGMAR,         BLINDNESS", //     blindness: just worse than 3/60
    "0.049, DECIMAL,        BLINDNESS", //     blindness: decimal just below 0.05
    "1/60,  SNELLEN_METRIC, BLINDNESS", //     blindness: well inside
  })
  void categorises_the_better_eyes_presenting_acuity(
      String acuity, AcuityNotation notation, Icd11VisionCategory category) {
    assertThat(Icd11VisionCategory.of(VisualAcuity.parse(acuity, notation))).isEqualTo(category);
  }
}
