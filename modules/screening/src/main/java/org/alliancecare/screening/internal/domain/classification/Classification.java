package org.alliancecare.screening.internal.domain.classification;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.alliancecare.screening.api.Outcome;

/**
 * What the engine concluded about one screening: PASS or REFER, the id of the rule set that decided
 * it, and the classification fields of API.md as they apply to the kind and method. Fields that do
 * not apply are {@code null} (e.g. no acuity fields for an instrument screening, no PTA4 for OAE).
 *
 * @param result REFER exactly when there are {@code reasons}
 * @param betterEyeLogMar presenting (uncorrected) acuity of the better eye
 * @param icd11VisionCategory on the better eye's presenting acuity
 * @param gbVisionDisabilityGrade on the better eye's best-corrected acuity
 * @param provisional true when best-corrected acuity was not known for both eyes, so the GB/T grade
 *     rests on uncorrected acuity; present exactly when {@code gbVisionDisabilityGrade} is
 * @param pta4Right four-frequency average of the right ear
 * @param pta4Left four-frequency average of the left ear
 * @param whoHearingGrade WHO 2021 grade, including UNILATERAL
 * @param gbHearingDisabilityGrade GB/T 26341 grade of the better ear, with the under-3 rule applied
 * @param reasons why REFER, in the order the rules were checked; empty for PASS
 * @param notes remarks that did not decide the result
 */
public record Classification(
    Outcome result,
    String ruleSetId,
    BigDecimal betterEyeLogMar,
    Icd11VisionCategory icd11VisionCategory,
    GbVisionDisabilityGrade gbVisionDisabilityGrade,
    Boolean provisional,
    PureToneAverage pta4Right,
    PureToneAverage pta4Left,
    WhoHearingGrade whoHearingGrade,
    GbHearingDisabilityGrade gbHearingDisabilityGrade,
    List<Reason> reasons,
    List<Reason> notes) {

  public Classification {
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(ruleSetId, "ruleSetId");
    reasons = reasons == null ? List.of() : List.copyOf(reasons);
    notes = notes == null ? List.of() : List.copyOf(notes);
    if ((result == Outcome.REFER) == reasons.isEmpty()) {
      throw new IllegalArgumentException("a screening is referred exactly when there is a reason");
    }
    if ((gbVisionDisabilityGrade == null) != (provisional == null)) {
      throw new IllegalArgumentException("a GB/T vision grade says whether it is provisional");
    }
  }

  /** A screening whose result is an outcome only (instrument, clinician, OAE, AABR). */
  public static Classification ofReasons(String ruleSetId, List<Reason> reasons) {
    return new Classification(
        resultOf(reasons),
        ruleSetId,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        reasons,
        null);
  }

  /** A chart acuity screening. */
  public static Classification ofAcuity(
      String ruleSetId,
      VisualAcuity betterEyePresenting,
      Icd11VisionCategory icd11VisionCategory,
      GbVisionDisabilityGrade gbVisionDisabilityGrade,
      boolean provisional,
      List<Reason> reasons) {
    return new Classification(
        resultOf(reasons),
        ruleSetId,
        betterEyePresenting.logMar(),
        icd11VisionCategory,
        gbVisionDisabilityGrade,
        provisional,
        null,
        null,
        null,
        null,
        reasons,
        null);
  }

  /** A pure-tone audiometry screening. */
  public static Classification ofPureTone(
      String ruleSetId,
      PureToneAverage pta4Right,
      PureToneAverage pta4Left,
      WhoHearingGrade whoHearingGrade,
      GbHearingDisabilityGrade gbHearingDisabilityGrade,
      List<Reason> reasons,
      List<Reason> notes) {
    return new Classification(
        resultOf(reasons),
        ruleSetId,
        null,
        null,
        null,
        null,
        pta4Right,
        pta4Left,
        whoHearingGrade,
        gbHearingDisabilityGrade,
        reasons,
        notes);
  }

  public boolean isReferred() {
    return result == Outcome.REFER;
  }

  private static Outcome resultOf(List<Reason> reasons) {
    return reasons.isEmpty() ? Outcome.PASS : Outcome.REFER;
  }
}
