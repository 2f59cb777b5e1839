package org.alliancecare.screening.internal.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.alliancecare.kernel.InvalidInput;
import org.alliancecare.kernel.StaleVersion;
import org.alliancecare.screening.api.Outcome;
import org.alliancecare.screening.api.Performer;
import org.alliancecare.screening.api.ScreeningKind;
import org.alliancecare.screening.api.ScreeningMethod;
import org.alliancecare.screening.internal.domain.classification.AcuityNotation;
import org.alliancecare.screening.internal.domain.classification.Measurements;
import org.alliancecare.screening.internal.domain.classification.ScreeningClassifier;
import org.alliancecare.screening.internal.domain.classification.WhoHearingGrade;
import org.junit.jupiter.api.Test;

class ScreeningTest {

  /** A girl of Xinhe county (新和县) born on 15 March 2015. */
  private static final LocalDate BIRTH_DATE = LocalDate.of(2015, 3, 15);

  private static final PatientId PATIENT =
      new PatientId(UUID.fromString("6a1f2d0e-3b4c-4d5e-8f90-a1b2c3d4e5f6"));
  private static final Performer DOCTOR = new Performer("dr.aysha", null);
  private static final Instant PERFORMED_AT = Instant.parse("2024-09-10T04:30:00Z");
  private static final Instant NOW = PERFORMED_AT.plusSeconds(600);

  private final ScreeningClassifier classifier = ScreeningClassifier.underCurrentRules();

  @Test
  void a_recorded_screening_is_version_1_classified_under_the_rule_set_in_force() {
    Screening screening = pureTone(thresholds(45), thresholds(15));

    assertThat(screening.version()).isEqualTo(1);
    ScreeningVersion first = screening.current();
    assertThat(first.number()).isEqualTo(1);
    assertThat(first.correctsVersion()).isNull();
    assertThat(first.correctionReason()).isNull();
    assertThat(first.recordedBy()).isEqualTo("dr.aysha");
    assertThat(first.recordedAt()).isEqualTo(NOW);
    assertThat(first.ruleSetId()).isEqualTo("child-screening-2021.1");
    assertThat(first.classification().result()).isEqualTo(Outcome.REFER);
    assertThat(first.classification().whoHearingGrade()).isEqualTo(WhoHearingGrade.UNILATERAL);
  }

  @Test
  void a_correction_is_a_new_version_naming_the_one_it_corrects_and_both_stay_readable() {
    Screening screening = pureTone(thresholds(45), thresholds(15));

    ScreeningVersion second =
        screening.correct(
            1,
            "right ear thresholds were typed for the wrong patient",
            new Observation(pureToneMeasurements(thresholds(15), thresholds(15)), null),
            BIRTH_DATE,
            classifier,
            "dr.mehmet",
            NOW.plusSeconds(3600));

    assertThat(screening.version()).isEqualTo(2);
    assertThat(second.number()).isEqualTo(2);
    assertThat(second.correctsVersion()).isEqualTo(1);
    assertThat(second.correctionReason())
        .isEqualTo("right ear thresholds were typed for the wrong patient");
    assertThat(second.recordedBy()).isEqualTo("dr.mehmet");
    assertThat(second.classification().result()).isEqualTo(Outcome.PASS);
    assertThat(screening.current()).isEqualTo(second);
    assertThat(screening.versions()).extracting(ScreeningVersion::number).containsExactly(1L, 2L);
    assertThat(screening.first().classification().result()).isEqualTo(Outcome.REFER);
    assertThat(screening.first().measurements())
        .isEqualTo(pureToneMeasurements(thresholds(45), thresholds(15)));
  }

  @Test
  void a_correction_from_a_stale_version_is_refused_and_adds_nothing() {
    Screening screening = pureTone(thresholds(45), thresholds(15));
    correctToNormal(screening, 1);

    assertThatThrownBy(() -> correctToNormal(screening, 1))
        .isInstanceOfSatisfying(
            StaleVersion.class,
            stale -> {
              assertThat(stale.expected()).isEqualTo(1);
              assertThat(stale.current()).isEqualTo(2);
            });
    assertThat(screening.version()).isEqualTo(2);
  }

  @Test
  void a_correction_says_why() {
    Screening screening = pureTone(thresholds(45), thresholds(15));

    assertThatThrownBy(
            () ->
                screening.correct(
                    1,
                    "  ",
                    new Observation(pureToneMeasurements(thresholds(15), thresholds(15)), null),
                    BIRTH_DATE,
                    classifier,
                    "dr.mehmet",
                    NOW))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            refused ->
                assertThat(refused.errors())
                    .extracting(InvalidInput.FieldError::field)
                    .containsExactly("reason"));
    assertThat(screening.version()).isEqualTo(1);
  }

  @Test
  void invalid_corrected_measurements_add_no_version() {
    Screening screening = pureTone(thresholds(45), thresholds(15));

    assertThatThrownBy(
            () ->
                screening.correct(
                    1,
                    "retyped",
                    new Observation(pureToneMeasurements(thresholds(150), thresholds(15)), null),
                    BIRTH_DATE,
                    classifier,
                    "dr.mehmet",
                    NOW))
        .isInstanceOf(InvalidInput.class);
    assertThat(screening.version()).isEqualTo(1);
  }

  @Test
  void a_screening_dated_in_the_future_is_refused_beyond_a_small_clock_skew() {
    Instant aheadBySkew = NOW.plus(Screening.CLOCK_SKEW);
    assertThat(record(aheadBySkew, pureToneMeasurements(thresholds(10), thresholds(10))).version())
        .isEqualTo(1);

    assertThatThrownBy(
            () ->
                record(
                    aheadBySkew.plusSeconds(1),
                    pureToneMeasurements(thresholds(10), thresholds(10))))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            refused ->
                assertThat(refused.errors())
                    .extracting(InvalidInput.FieldError::field)
                    .containsExactly("performedAt"));
  }

  @Test
  void the_age_is_counted_on_the_day_in_china_standard_time() {
    LocalDate sixthBirthday = LocalDate.of(2021, 3, 15);
    LocalDate birthDate = sixthBirthday.minusYears(6);
    // 16:30 UTC on 14 March is 00:30 on 15 March in Beijing: the child is 6, limit 0.7
    Instant lateEvening = Instant.parse("2021-03-14T16:30:00Z");
    Measurements acuity = decimalAcuity("0.6", "0.6");

    Screening screening =
        Screening.record(
            ScreeningId.newId(),
            PATIENT,
            birthDate,
            new Examination(
                ScreeningKind.VISION, ScreeningMethod.OPTOTYPE, lateEvening, DOCTOR, null),
            new Observation(acuity, null),
            classifier,
            lateEvening.plusSeconds(60));

    assertThat(screening.screenedOn()).isEqualTo(sixthBirthday);
    assertThat(screening.current().classification().result()).isEqualTo(Outcome.REFER);
  }

  @Test
  void performed_at_is_kept_to_the_microsecond_as_it_is_stored() {
    Screening screening =
        record(
            Instant.parse("2024-09-10T04:30:00.123456789Z"),
            pureToneMeasurements(thresholds(10), thresholds(10)));

    assertThat(screening.examination().performedAt())
        .isEqualTo(Instant.parse("2024-09-10T04:30:00.123456Z"));
  }

  private void correctToNormal(Screening screening, long expectedVersion) {
    screening.correct(
        expectedVersion,
        "retyped from the audiogram",
        new Observation(pureToneMeasurements(thresholds(15), thresholds(15)), null),
        BIRTH_DATE,
        classifier,
        "dr.mehmet",
        NOW);
  }

  private Screening pureTone(Map<String, Integer> right, Map<String, Integer> left) {
    return record(PERFORMED_AT, pureToneMeasurements(right, left));
  }

  private Screening record(Instant performedAt, Measurements measurements) {
    ScreeningMethod method =
        measurements instanceof Measurements.OptotypeAcuity
            ? ScreeningMethod.OPTOTYPE
            : ScreeningMethod.PURE_TONE;
    ScreeningKind kind =
        method == ScreeningMethod.OPTOTYPE ? ScreeningKind.VISION : ScreeningKind.HEARING;
    return Screening.record(
        ScreeningId.newId(),
        PATIENT,
        BIRTH_DATE,
        new Examination(kind, method, performedAt, DOCTOR, null),
        new Observation(measurements, "cooperative"),
        classifier,
        NOW);
  }

  private static Measurements pureToneMeasurements(
      Map<String, Integer> right, Map<String, Integer> left) {
    return new Measurements.PureToneThresholds(right, left);
  }

  private static Map<String, Integer> thresholds(int decibels) {
    return Map.of("500", decibels, "1000", decibels, "2000", decibels, "4000", decibels);
  }

  private static Measurements decimalAcuity(String right, String left) {
    return new Measurements.OptotypeAcuity(
        Measurements.EyeAcuity.uncorrectedOnly(
            new Measurements.AcuityReading(right, AcuityNotation.DECIMAL)),
        Measurements.EyeAcuity.uncorrectedOnly(
            new Measurements.AcuityReading(left, AcuityNotation.DECIMAL)));
  }
}
