package org.alliancecare.screening.internal.domain.classification;

import static org.alliancecare.screening.internal.domain.classification.SampleMeasurements.BIRTH_DATE;
import static org.alliancecare.screening.internal.domain.classification.SampleMeasurements.birthday;
import static org.alliancecare.screening.internal.domain.classification.SampleMeasurements.ear;
import static org.alliancecare.screening.internal.domain.classification.SampleMeasurements.flatThresholds;
import static org.alliancecare.screening.internal.domain.classification.SampleMeasurements.pureTone;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import org.alliancecare.kernel.InvalidInput;
import org.alliancecare.screening.api.Outcome;
import org.alliancecare.screening.api.ScreeningKind;
import org.alliancecare.screening.api.ScreeningMethod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HearingClassifierTest {

  private final ScreeningClassifier classifier = ScreeningClassifier.underCurrentRules();

  private Classification pureToneAt(LocalDate screenedOn, Measurements measurements) {
    return classifier.classify(
        ScreeningKind.HEARING, ScreeningMethod.PURE_TONE, BIRTH_DATE, screenedOn, measurements);
  }

  private Classification pureTone7(Measurements measurements) {
    return pureToneAt(birthday(7), measurements);
  }

  @Test
  void pass_when_both_ears_average_below_20_dB() {
    Classification classification = pureTone7(pureTone(20, 20, 20, 19, 20, 20, 20, 19));
    assertThat(classification.result()).isEqualTo(Outcome.PASS);
    assertThat(classification.pta4Right()).isEqualTo(PureToneAverage.of("19.75"));
    assertThat(classification.pta4Left()).isEqualTo(PureToneAverage.of("19.75"));
    assertThat(classification.whoHearingGrade()).isEqualTo(WhoHearingGrade.NORMAL);
    assertThat(classification.gbHearingDisabilityGrade()).isEqualTo(GbHearingDisabilityGrade.NONE);
    assertThat(classification.reasons()).isEmpty();
  }

  @Test
  void refer_when_better_ear_average_is_at_least_20_dB() {
    Classification classification = pureTone7(flatThresholds(20, 20));
    assertThat(classification.result()).isEqualTo(Outcome.REFER);
    assertThat(classification.whoHearingGrade()).isEqualTo(WhoHearingGrade.MILD);
    assertThat(classification.reasons())
        .containsExactly(
            new Reason(
                ReasonCode.PTA4_AT_OR_ABOVE_LIMIT, "right ear PTA4 20 dB HL, at or above 20 dB HL"),
            new Reason(
                ReasonCode.PTA4_AT_OR_ABOVE_LIMIT, "left ear PTA4 20 dB HL, at or above 20 dB HL"));
  }

  @ParameterizedTest(name = "right {0}, left {1} dB HL: {2}")
  @CsvSource({
    "19, 19, PASS",
    "20, 19, REFER",
    "19, 20, REFER",
    "0,  60, REFER",
  })
  void refer_when_either_ears_average_is_at_least_20_dB(int right, int left, Outcome result) {
    assertThat(pureTone7(flatThresholds(right, left)).result()).isEqualTo(result);
  }

  @Test
  void a_normal_ear_and_a_deaf_ear_is_a_unilateral_loss_and_no_gb_disability() {
    Classification classification = pureTone7(flatThresholds(10, 90));
    assertThat(classification.result()).isEqualTo(Outcome.REFER);
    assertThat(classification.whoHearingGrade()).isEqualTo(WhoHearingGrade.UNILATERAL);
    assertThat(classification.gbHearingDisabilityGrade()).isEqualTo(GbHearingDisabilityGrade.NONE);
    assertThat(classification.reasons())
        .extracting(Reason::text)
        .containsExactly("left ear PTA4 90 dB HL, at or above 20 dB HL");
  }

  @Test
  void the_better_ear_decides_the_grades() {
    Classification classification = pureTone7(pureTone(60, 60, 61, 61, 95, 95, 100, 100));
    assertThat(classification.pta4Right()).isEqualTo(PureToneAverage.of("60.5"));
    assertThat(classification.pta4Left()).isEqualTo(PureToneAverage.of("97.5"));
    assertThat(classification.whoHearingGrade()).isEqualTo(WhoHearingGrade.MODERATELY_SEVERE);
    assertThat(classification.gbHearingDisabilityGrade())
        .isEqualTo(GbHearingDisabilityGrade.GRADE_3);
  }

  @Test
  void grade_4_is_not_counted_the_day_before_the_3rd_birthday_and_is_on_it() {
    Measurements moderate = flatThresholds(50, 50);
    Classification at2 = pureToneAt(birthday(3).minusDays(1), moderate);
    assertThat(at2.gbHearingDisabilityGrade()).isEqualTo(GbHearingDisabilityGrade.NONE);
    assertThat(at2.result()).isEqualTo(Outcome.REFER);
    assertThat(at2.notes())
        .extracting(Reason::code)
        .containsExactly(ReasonCode.GB_HEARING_GRADE_4_NOT_COUNTED_UNDER_3);

    Classification at3 = pureToneAt(birthday(3), moderate);
    assertThat(at3.gbHearingDisabilityGrade()).isEqualTo(GbHearingDisabilityGrade.GRADE_4);
    assertThat(at3.notes()).isEmpty();
  }

  @ParameterizedTest(name = "{0}: right {1}, left {2}: {3}")
  @CsvSource({
    "OAE,  PASS,  PASS,  PASS",
    "OAE,  REFER, PASS,  REFER",
    "OAE,  PASS,  REFER, REFER",
    "AABR, PASS,  PASS,  PASS",
    "AABR, REFER, REFER, REFER",
  })
  void refer_when_oae_or_aabr_refers_in_either_ear(
      ScreeningMethod method, Outcome right, Outcome left, Outcome result) {
    Classification classification =
        classifier.classify(
            ScreeningKind.HEARING,
            method,
            BIRTH_DATE,
            BIRTH_DATE.plusWeeks(3),
            new Measurements.EarOutcomes(right, left));
    assertThat(classification.result()).isEqualTo(result);
    assertThat(classification.pta4Right()).isNull();
    assertThat(classification.whoHearingGrade()).isNull();
    assertThat(classification.reasons())
        .hasSize((right == Outcome.REFER ? 1 : 0) + (left == Outcome.REFER ? 1 : 0))
        .allSatisfy(reason -> assertThat(reason.code()).isEqualTo(ReasonCode.EAR_REFER));
  }

  @Test
  void the_ear_reason_names_the_method_and_the_ear() {
    Classification classification =
        classifier.classify(
            ScreeningKind.HEARING,
            ScreeningMethod.AABR,
            BIRTH_DATE,
            BIRTH_DATE.plusDays(20),
            new Measurements.EarOutcomes(Outcome.PASS, Outcome.REFER));
    assertThat(classification.reasons())
        .containsExactly(new Reason(ReasonCode.EAR_REFER, "AABR REFER in the left ear"));
  }

  @Test
  void a_missing_ear_outcome_is_named() {
    assertThatThrownBy(
            () ->
                classifier.classify(
                    ScreeningKind.HEARING,
                    ScreeningMethod.OAE,
                    BIRTH_DATE,
                    BIRTH_DATE.plusDays(20),
                    new Measurements.EarOutcomes(null, null)))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            refused ->
                assertThat(refused.errors())
                    .extracting(InvalidInput.FieldError::field)
                    .containsExactly("measurements.rightEar", "measurements.leftEar"));
  }

  @Test
  void every_bad_threshold_of_both_ears_is_named_at_once() {
    Map<String, Integer> right = Map.of("500", 20, "1000", 20, "2000", 20);
    Map<String, Integer> left = ear(20, 20, 20, 200);
    assertThatThrownBy(() -> pureTone7(new Measurements.PureToneThresholds(right, left)))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            refused ->
                assertThat(refused.errors())
                    .extracting(InvalidInput.FieldError::field)
                    .containsExactly("measurements.rightEar.4000", "measurements.leftEar.4000"));
  }

  @Test
  void ear_outcomes_for_pure_tone_are_refused() {
    assertThatThrownBy(() -> pureTone7(new Measurements.EarOutcomes(Outcome.PASS, Outcome.PASS)))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            refused ->
                assertThat(refused.errors())
                    .extracting(InvalidInput.FieldError::field)
                    .containsExactly("measurements"));
  }
}
