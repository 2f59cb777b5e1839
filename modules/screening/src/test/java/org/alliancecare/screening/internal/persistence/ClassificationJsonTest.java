package org.alliancecare.screening.internal.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Stream;
import org.alliancecare.screening.api.Outcome;
import org.alliancecare.screening.api.ScreeningKind;
import org.alliancecare.screening.api.ScreeningMethod;
import org.alliancecare.screening.internal.domain.classification.AcuityNotation;
import org.alliancecare.screening.internal.domain.classification.Classification;
import org.alliancecare.screening.internal.domain.classification.Measurements;
import org.alliancecare.screening.internal.domain.classification.ScreeningClassifier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ClassificationJsonTest {

  private static final LocalDate BIRTH_DATE = LocalDate.of(2021, 5, 20);
  private static final ScreeningClassifier CLASSIFIER = ScreeningClassifier.underCurrentRules();

  static Stream<Classification> classifications() {
    return Stream.of(
        // chart acuity, provisional GB/T grade, REFER for age and for the interocular difference
        classify(
            ScreeningKind.VISION,
            ScreeningMethod.OPTOTYPE,
            LocalDate.of(2025, 6, 1),
            new Measurements.OptotypeAcuity(
                Measurements.EyeAcuity.uncorrectedOnly(
                    new Measurements.AcuityReading("4.7", AcuityNotation.FIVE_POINT)),
                new Measurements.EyeAcuity(
                    new Measurements.AcuityReading("6/60", AcuityNotation.SNELLEN_METRIC),
                    new Measurements.AcuityReading("0.2", AcuityNotation.DECIMAL)))),
        // pure tone under 3 years: the GB/T grade 4 note, unilateral loss
        classify(
            ScreeningKind.HEARING,
            ScreeningMethod.PURE_TONE,
            LocalDate.of(2023, 6, 1),
            new Measurements.PureToneThresholds(
                Map.of("500", 40, "1000", 45, "2000", 50, "4000", 55),
                Map.of("500", 45, "1000", 45, "2000", 40, "4000", 50))),
        classify(
            ScreeningKind.HEARING,
            ScreeningMethod.OAE,
            LocalDate.of(2021, 6, 1),
            new Measurements.EarOutcomes(Outcome.PASS, Outcome.REFER)),
        classify(
            ScreeningKind.SPEECH,
            ScreeningMethod.CLINICIAN,
            LocalDate.of(2024, 6, 1),
            new Measurements.RecordedOutcome(Outcome.PASS)));
  }

  @ParameterizedTest
  @MethodSource("classifications")
  void a_stored_classification_reads_back_unchanged(Classification classification) {
    assertThat(ClassificationJson.read(ClassificationJson.write(classification)))
        .isEqualTo(classification);
  }

  private static Classification classify(
      ScreeningKind kind, ScreeningMethod method, LocalDate on, Measurements measurements) {
    return CLASSIFIER.classify(kind, method, BIRTH_DATE, on, measurements);
  }
}
