package org.alliancecare.screening.internal.domain.classification;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A versioned set of children's referral rules. A stored screening keeps the {@link #id()} of the
 * rule set that classified it, so changing the rules means adding a rule set with a new id, never
 * editing one: history is not rewritten.
 *
 * @param id stable identifier, e.g. {@code child-screening-2021.1}
 * @param optotypeFromAge youngest age in whole years at which chart acuity is recorded; younger
 *     children are screened by INSTRUMENT or CLINICIAN
 * @param acuityLimits lower limit of the better eye's presenting acuity by age; REFER below it
 * @param interocularDifferenceLogMar REFER when the two eyes differ by this much or more
 * @param referAtPta4DbHl REFER when either ear's PTA4 is this or more
 */
public record RuleSet(
    String id,
    int optotypeFromAge,
    List<AgeAcuityLimit> acuityLimits,
    BigDecimal interocularDifferenceLogMar,
    BigDecimal referAtPta4DbHl) {

  /**
   * The default children's rules. Acuity limits after China's 2021 service specification for eye
   * care and vision screening of children aged 0–6 (0～6岁儿童眼保健及视力检查服务规范, 2021): age 3 0.5, ages 4–5
   * 0.6, 6 and older 0.7 (AAP/AAPOS 2016 uses 20/50, 20/40, 20/32 for 3, 4, ≥5 years); two chart
   * lines (0.2 logMAR) between the eyes; hearing REFER from a PTA4 of 20 dB HL, the lower limit of
   * mild loss in the WHO World Report on Hearing (2021).
   */
  public static final RuleSet CHILD_SCREENING_2021_1 =
      new RuleSet(
          "child-screening-2021.1",
          3,
          List.of(
              new AgeAcuityLimit(3, new BigDecimal("0.5")),
              new AgeAcuityLimit(4, new BigDecimal("0.6")),
              new AgeAcuityLimit(6, new BigDecimal("0.7"))),
          new BigDecimal("0.20"),
          new BigDecimal("20"));

  private static final List<RuleSet> KNOWN = List.of(CHILD_SCREENING_2021_1);

  public RuleSet {
    Objects.requireNonNull(id, "id");
    if (id.isBlank()) {
      throw new IllegalArgumentException("a rule set has an id");
    }
    acuityLimits = List.copyOf(acuityLimits);
    if (acuityLimits.isEmpty() || acuityLimits.get(0).fromAge() > optotypeFromAge) {
      throw new IllegalArgumentException(
          "acuity limits cover every age from " + optotypeFromAge + " years");
    }
    for (int i = 1; i < acuityLimits.size(); i++) {
      if (acuityLimits.get(i).fromAge() <= acuityLimits.get(i - 1).fromAge()) {
        throw new IllegalArgumentException("acuity limits are in ascending order of age");
      }
    }
    if (interocularDifferenceLogMar.signum() <= 0 || referAtPta4DbHl.signum() <= 0) {
      throw new IllegalArgumentException("referral levels are positive");
    }
  }

  /** The rule set that classifies new screenings. */
  public static RuleSet current() {
    return CHILD_SCREENING_2021_1;
  }

  /** A rule set by its id, for re-reading what a stored screening was classified with. */
  public static Optional<RuleSet> withId(String id) {
    return KNOWN.stream().filter(ruleSet -> ruleSet.id.equals(id)).findFirst();
  }

  /** The acuity limit for a child of this age, or empty under {@link #optotypeFromAge()}. */
  public Optional<AgeAcuityLimit> acuityLimitFor(AgeAtScreening age) {
    if (age.years() < optotypeFromAge) {
      return Optional.empty();
    }
    AgeAcuityLimit applying = null;
    for (AgeAcuityLimit limit : acuityLimits) {
      if (limit.fromAge() <= age.years()) {
        applying = limit;
      }
    }
    return Optional.ofNullable(applying);
  }

  /**
   * From {@code fromAge} whole years (until the next limit), the better eye's presenting acuity is
   * at least {@code decimal}.
   */
  public record AgeAcuityLimit(int fromAge, BigDecimal decimal) {

    public AgeAcuityLimit {
      if (fromAge < 0) {
        throw new IllegalArgumentException("an age is never negative");
      }
      VisualAcuity.parse(decimal, AcuityNotation.DECIMAL, "decimal");
    }

    public VisualAcuity acuity() {
      return VisualAcuity.parse(decimal, AcuityNotation.DECIMAL, "decimal");
    }
  }
}
