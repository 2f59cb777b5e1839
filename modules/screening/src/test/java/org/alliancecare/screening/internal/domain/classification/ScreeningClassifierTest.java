package org.alliancecare.screening.internal.domain.classification;

import static org.alliancecare.screening.internal.domain.classification.SampleMeasurements.BIRTH_DATE;
import static org.alliancecare.screening.internal.domain.classification.SampleMeasurements.birthday;
import static org.alliancecare.screening.internal.domain.classification.SampleMeasurements.decimalAcuity;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.alliancecare.kernel.InvalidInput;
import org.alliancecare.screening.api.Outcome;
import org.alliancecare.screening.api.ScreeningKind;
import org.alliancecare.screening.api.ScreeningMethod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScreeningClassifierTest {

  private final ScreeningClassifier classifier = ScreeningClassifier.underCurrentRules();

  @ParameterizedTest(name = "{0} by {1} is refused")
  @CsvSource({
    "VISION,  OAE",
    "VISION,  PURE_TONE",
    "HEARING, OPTOTYPE",
    "HEARING, CLINICIAN",
    "SPEECH,  OPTOTYPE",
    "SPEECH,  INSTRUMENT",
    "SPEECH,  AABR",
  })
  void a_method_that_does_not_screen_the_kind_is_refused_naming_the_method(
      ScreeningKind kind, ScreeningMethod method) {
    assertThatThrownBy(
            () ->
                classifier.classify(
                    kind,
                    method,
                    BIRTH_DATE,
                    birthday(5),
                    new Measurements.RecordedOutcome(Outcome.PASS)))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            refused ->
                assertThat(refused.errors())
                    .extracting(InvalidInput.FieldError::field)
                    .containsExactly("method"));
  }

  @Test
  void missing_kind_method_and_measurements_and_a_screening_before_birth_are_named_at_once() {
    assertThatThrownBy(
            () -> classifier.classify(null, null, BIRTH_DATE, BIRTH_DATE.minusDays(1), null))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            refused ->
                assertThat(refused.errors())
                    .extracting(InvalidInput.FieldError::field)
                    .containsExactly("kind", "method", "measurements", "performedAt"));
  }

  @ParameterizedTest(name = "clinician {0}: {0}")
  @CsvSource({"PASS", "REFER"})
  void speech_is_the_clinicians_outcome(Outcome outcome) {
    Classification classification =
        classifier.classify(
            ScreeningKind.SPEECH,
            ScreeningMethod.CLINICIAN,
            BIRTH_DATE,
            birthday(4),
            new Measurements.RecordedOutcome(outcome));
    assertThat(classification.result()).isEqualTo(outcome);
    assertThat(classification.ruleSetId()).isEqualTo("child-screening-2021.1");
  }

  @Test
  void speech_without_an_outcome_is_refused_naming_the_outcome() {
    assertThatThrownBy(
            () ->
                classifier.classify(
                    ScreeningKind.SPEECH,
                    ScreeningMethod.CLINICIAN,
                    BIRTH_DATE,
                    birthday(4),
                    new Measurements.RecordedOutcome(null)))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            refused ->
                assertThat(refused.errors())
                    .extracting(InvalidInput.FieldError::field)
                    .containsExactly("measurements.outcome"));
  }

  @Test
  void speech_with_chart_measurements_is_refused() {
    assertThatThrownBy(
            () ->
                classifier.classify(
                    ScreeningKind.SPEECH,
                    ScreeningMethod.CLINICIAN,
                    BIRTH_DATE,
                    birthday(4),
                    decimalAcuity("1.0", "1.0")))
        .isInstanceOf(InvalidInput.class);
  }

  @Test
  void the_classification_names_the_rule_set_that_made_it() {
    RuleSet stricter =
        new RuleSet(
            "child-screening-test.1",
            3,
            List.of(new RuleSet.AgeAcuityLimit(3, new BigDecimal("0.8"))),
            new BigDecimal("0.20"),
            new BigDecimal("20"));
    Classification classification =
        new ScreeningClassifier(stricter)
            .classify(
                ScreeningKind.VISION,
                ScreeningMethod.OPTOTYPE,
                BIRTH_DATE,
                birthday(3),
                decimalAcuity("0.6", "0.6"));
    assertThat(classification.ruleSetId()).isEqualTo("child-screening-test.1");
    assertThat(classification.result()).isEqualTo(Outcome.REFER);
  }
}
