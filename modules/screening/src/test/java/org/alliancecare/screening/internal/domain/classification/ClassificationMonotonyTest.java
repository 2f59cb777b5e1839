package org.alliancecare.screening.internal.domain.classification;

import static org.alliancecare.screening.internal.domain.classification.SampleMeasurements.BIRTH_DATE;
import static org.alliancecare.screening.internal.domain.classification.SampleMeasurements.birthday;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.alliancecare.screening.api.Outcome;
import org.alliancecare.screening.api.ScreeningKind;
import org.alliancecare.screening.api.ScreeningMethod;

/**
 * Worse acuity never gives a better category or result; higher thresholds never give a better grade
 * or result. Acuity is drawn in hundredths of logMAR over the whole accepted range, thresholds in
 * whole dB HL over the audiometer's range.
 */
class ClassificationMonotonyTest {

  private final ScreeningClassifier classifier = ScreeningClassifier.underCurrentRules();

  // ---- vision

  private static VisualAcuity acuity(int hundredths) {
    return new VisualAcuity(BigDecimal.valueOf(hundredths, 2));
  }

  private Classification chart(int age, int rightHundredths, int leftHundredths) {
    return classifier.classify(
        ScreeningKind.VISION,
        ScreeningMethod.OPTOTYPE,
        BIRTH_DATE,
        birthday(age),
        SampleMeasurements.logMarAcuity(
            BigDecimal.valueOf(rightHundredths, 2).toPlainString(),
            BigDecimal.valueOf(leftHundredths, 2).toPlainString()));
  }

  private static boolean noBetter(Outcome worse, Outcome better) {
    return !(better == Outcome.REFER && worse == Outcome.PASS);
  }

  @Property
  void a_worse_acuity_never_has_a_less_severe_icd11_category_or_gb_grade(
      @ForAll @IntRange(min = -30, max = 300) int hundredths,
      @ForAll @IntRange(min = 0, max = 330) int worsening) {
    VisualAcuity better = acuity(hundredths);
    VisualAcuity worse = acuity(Math.min(300, hundredths + worsening));
    assertThat(Icd11VisionCategory.of(worse))
        .isGreaterThanOrEqualTo(Icd11VisionCategory.of(better));
    assertThat(GbVisionDisabilityGrade.of(worse))
        .isGreaterThanOrEqualTo(GbVisionDisabilityGrade.of(better));
  }

  @Property
  void worsening_either_eye_never_gives_a_less_severe_icd11_category(
      @ForAll @IntRange(min = 3, max = 18) int age,
      @ForAll @IntRange(min = -30, max = 300) int right,
      @ForAll @IntRange(min = -30, max = 300) int left,
      @ForAll @IntRange(min = 0, max = 330) int worsening,
      @ForAll boolean worsenRight) {
    Classification before = chart(age, right, left);
    Classification after =
        worsenRight
            ? chart(age, Math.min(300, right + worsening), left)
            : chart(age, right, Math.min(300, left + worsening));
    assertThat(after.icd11VisionCategory()).isGreaterThanOrEqualTo(before.icd11VisionCategory());
    assertThat(after.gbVisionDisabilityGrade())
        .isGreaterThanOrEqualTo(before.gbVisionDisabilityGrade());
    assertThat(after.betterEyeLogMar()).isGreaterThanOrEqualTo(before.betterEyeLogMar());
  }

  @Property
  void worsening_the_worse_eye_never_turns_refer_into_pass(
      @ForAll @IntRange(min = 3, max = 18) int age,
      @ForAll @IntRange(min = -30, max = 300) int better,
      @ForAll @IntRange(min = 0, max = 330) int gap,
      @ForAll @IntRange(min = 0, max = 330) int worsening) {
    int worse = Math.min(300, better + gap);
    Outcome before = chart(age, better, worse).result();
    Outcome after = chart(age, better, Math.min(300, worse + worsening)).result();
    assertThat(noBetter(after, before)).as("%s then %s", before, after).isTrue();
  }

  @Property
  void worsening_both_eyes_alike_never_turns_refer_into_pass(
      @ForAll @IntRange(min = 3, max = 18) int age,
      @ForAll @IntRange(min = -30, max = 300) int right,
      @ForAll @IntRange(min = -30, max = 300) int left,
      @ForAll @IntRange(min = 0, max = 330) int worsening) {
    int shift = Math.min(worsening, 300 - Math.max(right, left));
    Outcome before = chart(age, right, left).result();
    Outcome after = chart(age, right + shift, left + shift).result();
    assertThat(noBetter(after, before)).as("%s then %s", before, after).isTrue();
  }

  @Property
  void an_older_child_with_the_same_acuity_never_passes_where_a_younger_was_referred(
      @ForAll @IntRange(min = 3, max = 17) int age,
      @ForAll @IntRange(min = 1, max = 10) int yearsLater,
      @ForAll @IntRange(min = -30, max = 300) int right,
      @ForAll @IntRange(min = -30, max = 300) int left) {
    Outcome younger = chart(age, right, left).result();
    Outcome older = chart(age + yearsLater, right, left).result();
    assertThat(noBetter(older, younger)).isTrue();
  }

  // ---- hearing

  private Classification pureTone(int[] thresholds) {
    return classifier.classify(
        ScreeningKind.HEARING,
        ScreeningMethod.PURE_TONE,
        BIRTH_DATE,
        birthday(7),
        SampleMeasurements.pureTone(
            thresholds[0],
            thresholds[1],
            thresholds[2],
            thresholds[3],
            thresholds[4],
            thresholds[5],
            thresholds[6],
            thresholds[7]));
  }

  // randomised: with ten parameters the count of combinations overflows and jqwik would otherwise
  // choose exhaustive generation, which only walks the first corner of the space
  @Property(generation = GenerationMode.RANDOMIZED)
  void a_higher_threshold_never_gives_a_better_result_or_grade(
      @ForAll @IntRange(min = -10, max = 120) int r500,
      @ForAll @IntRange(min = -10, max = 120) int r1000,
      @ForAll @IntRange(min = -10, max = 120) int r2000,
      @ForAll @IntRange(min = -10, max = 120) int r4000,
      @ForAll @IntRange(min = -10, max = 120) int l500,
      @ForAll @IntRange(min = -10, max = 120) int l1000,
      @ForAll @IntRange(min = -10, max = 120) int l2000,
      @ForAll @IntRange(min = -10, max = 120) int l4000,
      @ForAll @IntRange(min = 0, max = 7) int raised,
      @ForAll @IntRange(min = 0, max = 130) int raise) {
    int[] thresholds = {r500, r1000, r2000, r4000, l500, l1000, l2000, l4000};
    int[] higher = thresholds.clone();
    higher[raised] = Math.min(120, higher[raised] + raise);

    Classification before = pureTone(thresholds);
    Classification after = pureTone(higher);

    assertThat(noBetter(after.result(), before.result())).isTrue();
    assertThat(after.gbHearingDisabilityGrade())
        .isGreaterThanOrEqualTo(before.gbHearingDisabilityGrade());
    assertThat(betterEarGrade(after)).isGreaterThanOrEqualTo(betterEarGrade(before));
    if (before.whoHearingGrade() != WhoHearingGrade.NORMAL) {
      assertThat(after.whoHearingGrade()).isNotEqualTo(WhoHearingGrade.NORMAL);
    }
  }

  private static WhoHearingGrade betterEarGrade(Classification classification) {
    return WhoHearingGrade.ofBetterEar(
        PureToneAverage.better(classification.pta4Right(), classification.pta4Left()));
  }

  @Property
  void a_higher_average_never_has_a_less_severe_table_grade(
      @ForAll @IntRange(min = -40, max = 480) int quarters,
      @ForAll @IntRange(min = 0, max = 520) int moreQuarters) {
    PureToneAverage lower = new PureToneAverage(BigDecimal.valueOf(quarters * 25L, 2));
    PureToneAverage higher =
        new PureToneAverage(BigDecimal.valueOf(Math.min(480, quarters + moreQuarters) * 25L, 2));
    assertThat(WhoHearingGrade.ofBetterEar(higher))
        .isGreaterThanOrEqualTo(WhoHearingGrade.ofBetterEar(lower));
    assertThat(GbHearingDisabilityGrade.forBetterEar(higher))
        .isGreaterThanOrEqualTo(GbHearingDisabilityGrade.forBetterEar(lower));
  }
}
