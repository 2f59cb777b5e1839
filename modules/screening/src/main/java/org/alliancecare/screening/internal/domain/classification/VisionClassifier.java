package org.alliancecare.screening.internal.domain.classification;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.alliancecare.kernel.InvalidInput;
import org.alliancecare.screening.api.ScreeningMethod;

/**
 * Vision screenings. By chart (OPTOTYPE): the result, the ICD-11 category and {@code
 * betterEyeLogMar} use the presenting (uncorrected) acuity of the better eye; the GB/T 26341 grade
 * uses best-corrected acuity, and is provisional unless both eyes have one. By INSTRUMENT or
 * CLINICIAN: the recorded outcome.
 */
final class VisionClassifier {

  private final RuleSet ruleSet;
  private final RecordedOutcomeClassifier recordedOutcomes;

  VisionClassifier(RuleSet ruleSet) {
    this.ruleSet = ruleSet;
    this.recordedOutcomes = new RecordedOutcomeClassifier(ruleSet);
  }

  Classification classify(ScreeningMethod method, AgeAtScreening age, Measurements measurements) {
    return switch (method) {
      case OPTOTYPE -> byChart(age, measurements);
      case INSTRUMENT, CLINICIAN -> recordedOutcomes.classify(method, measurements);
      default -> throw new IllegalArgumentException(method + " does not screen vision");
    };
  }

  private Classification byChart(AgeAtScreening age, Measurements measurements) {
    if (!(measurements instanceof Measurements.OptotypeAcuity acuity)) {
      throw InvalidInput.of(
          "measurements", "optotype-screening-records-righteye-uncorrected-corrected-lefteye");
    }
    FieldErrors errors = new FieldErrors();
    if (age.years() < ruleSet.optotypeFromAge()) {
      errors.add(
          "method",
          "chart acuity (OPTOTYPE) is recorded from "
              + ruleSet.optotypeFromAge()
              + " years; a child aged "
              + age.years()
              + " is screened by INSTRUMENT or CLINICIAN");
    }
    Eye right = Eye.read(acuity.rightEye(), "measurements.rightEye", errors);
    Eye left = Eye.read(acuity.leftEye(), "measurements.leftEye", errors);
    errors.throwIfAny();

    VisualAcuity betterPresenting = VisualAcuity.better(right.presenting(), left.presenting());
    VisualAcuity betterCorrected = VisualAcuity.better(right.bestCorrected(), left.bestCorrected());
    boolean provisional = !(right.correctedKnown() && left.correctedKnown());

    List<Reason> reasons = new ArrayList<>();
    RuleSet.AgeAcuityLimit limit = ruleSet.acuityLimitFor(age).orElseThrow();
    if (betterPresenting.isWorseThan(limit.acuity())) {
      reasons.add(
          new Reason(
              ReasonCode.BELOW_AGE_THRESHOLD,
              "better eye "
                  + betterPresenting.describe()
                  + " below "
                  + limit.decimal().toPlainString()
                  + " for age "
                  + age.years()));
    }
    BigDecimal difference = right.presenting().differenceFrom(left.presenting());
    if (difference.compareTo(ruleSet.interocularDifferenceLogMar()) >= 0) {
      reasons.add(
          new Reason(
              ReasonCode.INTEROCULAR_DIFFERENCE,
              "the eyes differ by "
                  + difference.toPlainString()
                  + " logMAR (right "
                  + right.presenting().logMar().toPlainString()
                  + ", left "
                  + left.presenting().logMar().toPlainString()
                  + "), at least "
                  + ruleSet.interocularDifferenceLogMar().toPlainString()));
    }
    return Classification.ofAcuity(
        ruleSet.id(),
        betterPresenting,
        Icd11VisionCategory.of(betterPresenting),
        GbVisionDisabilityGrade.of(betterCorrected),
        provisional,
        reasons);
  }

  /** One eye's acuity as presented, and best-corrected when known. */
  private record Eye(VisualAcuity presenting, VisualAcuity corrected) {

    static Eye read(Measurements.EyeAcuity eye, String field, FieldErrors errors) {
      if (eye == null) {
        errors.add(field, "the acuity of this eye is required: {uncorrected, corrected?}");
        return null;
      }
      VisualAcuity presenting;
      if (eye.uncorrected() == null) {
        errors.add(field + ".uncorrected", "the uncorrected acuity is required");
        presenting = null;
      } else {
        presenting = errors.read(() -> read(eye.uncorrected(), field + ".uncorrected"));
      }
      VisualAcuity corrected =
          eye.corrected() == null
              ? null
              : errors.read(() -> read(eye.corrected(), field + ".corrected"));
      return presenting == null ? null : new Eye(presenting, corrected);
    }

    /**
     * Reads one acuity; a bad value is named {@code <field>.value}, a missing notation {@code
     * <field>.notation}, both at once when both are wrong.
     */
    private static VisualAcuity read(Measurements.AcuityReading reading, String field) {
      if (reading.notation() == null) {
        List<InvalidInput.FieldError> missing = new ArrayList<>();
        missing.add(
            InvalidInput.FieldError.of(
                field + ".notation", "notation-required-one-of", List.of(AcuityNotation.values())));
        if (reading.value() == null || reading.value().isBlank()) {
          missing.add(InvalidInput.FieldError.of(field + ".value", "acuity-required"));
        }
        throw new InvalidInput(missing);
      }
      return VisualAcuity.parse(reading.value(), reading.notation(), field + ".value");
    }

    boolean correctedKnown() {
      return corrected != null;
    }

    /**
     * The best acuity this eye reached: the corrected one when known. Should a corrected reading be
     * worse than the uncorrected one, the eye's best is still the better of the two.
     */
    VisualAcuity bestCorrected() {
      return corrected == null ? presenting : VisualAcuity.better(corrected, presenting);
    }
  }
}
