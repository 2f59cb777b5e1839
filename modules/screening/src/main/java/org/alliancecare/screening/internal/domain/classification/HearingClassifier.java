package org.alliancecare.screening.internal.domain.classification;

import java.util.ArrayList;
import java.util.List;
import org.alliancecare.kernel.InvalidInput;
import org.alliancecare.screening.api.Outcome;
import org.alliancecare.screening.api.ScreeningMethod;

/**
 * Hearing screenings. OAE or AABR: REFER in either ear refers. Pure-tone audiometry: the PTA4 of
 * each ear, the WHO 2021 and GB/T 26341 grades of the better ear, and REFER when either ear's PTA4
 * reaches the rule set's level.
 */
final class HearingClassifier {

  private final RuleSet ruleSet;

  HearingClassifier(RuleSet ruleSet) {
    this.ruleSet = ruleSet;
  }

  Classification classify(ScreeningMethod method, AgeAtScreening age, Measurements measurements) {
    return switch (method) {
      case OAE, AABR -> byEarOutcomes(method, measurements);
      case PURE_TONE -> byPureTone(age, measurements);
      default -> throw new IllegalArgumentException(method + " does not screen hearing");
    };
  }

  private Classification byEarOutcomes(ScreeningMethod method, Measurements measurements) {
    if (!(measurements instanceof Measurements.EarOutcomes ears)) {
      throw InvalidInput.of("measurements", "screening-records-ear-outcomes", method);
    }
    FieldErrors errors = new FieldErrors();
    if (ears.rightEar() == null) {
      errors.add("measurements.rightEar", "PASS or REFER is required");
    }
    if (ears.leftEar() == null) {
      errors.add("measurements.leftEar", "PASS or REFER is required");
    }
    errors.throwIfAny();
    List<Reason> reasons = new ArrayList<>();
    if (ears.rightEar() == Outcome.REFER) {
      reasons.add(new Reason(ReasonCode.EAR_REFER, method + " REFER in the right ear"));
    }
    if (ears.leftEar() == Outcome.REFER) {
      reasons.add(new Reason(ReasonCode.EAR_REFER, method + " REFER in the left ear"));
    }
    return Classification.ofReasons(ruleSet.id(), reasons);
  }

  private Classification byPureTone(AgeAtScreening age, Measurements measurements) {
    if (!(measurements instanceof Measurements.PureToneThresholds thresholds)) {
      throw InvalidInput.of("measurements", "pure-tone-records-thresholds");
    }
    FieldErrors errors = new FieldErrors();
    HearingThresholds right =
        errors.read(() -> HearingThresholds.of(thresholds.rightEar(), "measurements.rightEar"));
    HearingThresholds left =
        errors.read(() -> HearingThresholds.of(thresholds.leftEar(), "measurements.leftEar"));
    errors.throwIfAny();

    PureToneAverage rightAverage = right.average();
    PureToneAverage leftAverage = left.average();
    PureToneAverage betterEar = PureToneAverage.better(rightAverage, leftAverage);
    GbHearingDisabilityGrade gbGrade = GbHearingDisabilityGrade.forBetterEar(betterEar, age);

    List<Reason> reasons = new ArrayList<>();
    referIfAtLimit("right", rightAverage, reasons);
    referIfAtLimit("left", leftAverage, reasons);
    List<Reason> notes = new ArrayList<>();
    if (GbHearingDisabilityGrade.forBetterEar(betterEar) != gbGrade) {
      notes.add(
          new Reason(
              ReasonCode.GB_HEARING_GRADE_4_NOT_COUNTED_UNDER_3,
              "better ear PTA4 "
                  + betterEar.describe()
                  + " dB HL is GB/T 26341 grade 4, which is not counted as a disability under "
                  + GbHearingDisabilityGrade.GRADE_4_COUNTED_FROM_AGE
                  + " years of age"));
    }
    return Classification.ofPureTone(
        ruleSet.id(),
        rightAverage,
        leftAverage,
        WhoHearingGrade.of(rightAverage, leftAverage),
        gbGrade,
        reasons,
        notes);
  }

  private void referIfAtLimit(String ear, PureToneAverage average, List<Reason> reasons) {
    if (average.isAtLeast(ruleSet.referAtPta4DbHl())) {
      reasons.add(
          new Reason(
              ReasonCode.PTA4_AT_OR_ABOVE_LIMIT,
              ear
                  + " ear PTA4 "
                  + average.describe()
                  + " dB HL, at or above "
                  + ruleSet.referAtPta4DbHl().toPlainString()
                  + " dB HL"));
    }
  }
}
