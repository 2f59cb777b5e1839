package org.alliancecare.screening.internal.domain.classification;

import java.math.BigDecimal;

/**
 * Grades of hearing loss of the WHO World Report on Hearing (2021), by the better ear's PTA4 in dB
 * HL; each grade holds the average it starts at (inclusive). {@link #UNILATERAL} stands apart from
 * the ladder: the better ear is normal and the worse ear has 35 dB HL or more.
 */
public enum WhoHearingGrade {
  /** Below 20. */
  NORMAL(null),
  /** 20 to below 35. */
  MILD("20"),
  /** 35 to below 50. */
  MODERATE("35"),
  /** 50 to below 65. */
  MODERATELY_SEVERE("50"),
  /** 65 to below 80. */
  SEVERE("65"),
  /** 80 to below 95. */
  PROFOUND("80"),
  /** 95 or more. */
  COMPLETE("95"),
  /** Better ear below 20, worse ear 35 or more. */
  UNILATERAL(null);

  /** The worse ear of a unilateral loss has at least this average. */
  public static final BigDecimal UNILATERAL_WORSE_EAR_FROM = new BigDecimal("35");

  private final BigDecimal from;

  WhoHearingGrade(String from) {
    this.from = from == null ? null : new BigDecimal(from);
  }

  /** The grade of a loss in both ears, including {@link #UNILATERAL}. */
  public static WhoHearingGrade of(PureToneAverage rightEar, PureToneAverage leftEar) {
    WhoHearingGrade betterEar = ofBetterEar(PureToneAverage.better(rightEar, leftEar));
    if (betterEar == NORMAL
        && PureToneAverage.worse(rightEar, leftEar).isAtLeast(UNILATERAL_WORSE_EAR_FROM)) {
      return UNILATERAL;
    }
    return betterEar;
  }

  /** The grade on the ladder NORMAL … COMPLETE for the better ear's average. */
  public static WhoHearingGrade ofBetterEar(PureToneAverage betterEar) {
    WhoHearingGrade grade = NORMAL;
    for (WhoHearingGrade candidate : values()) {
      if (candidate.from != null && betterEar.isAtLeast(candidate.from)) {
        grade = candidate;
      }
    }
    return grade;
  }
}
