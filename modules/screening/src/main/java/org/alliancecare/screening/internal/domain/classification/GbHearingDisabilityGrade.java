package org.alliancecare.screening.internal.domain.classification;

import java.math.BigDecimal;

/**
 * GB/T 26341-2010 (残疾人残疾分类和分级), hearing disability by the better ear's PTA4 in dB HL. Grade 4 is
 * not counted as a disability under 3 years of age.
 *
 * <p>The standard writes whole-decibel ranges: grade 4 41–60, grade 3 61–80, grade 2 81–90, grade 1
 * above 90. A PTA4 can be fractional (60.5, 90.25), so the ranges are read as continuous, each
 * including its upper limit and starting just above the previous one: grade 4 is above 40 up to 60,
 * grade 3 above 60 up to 80, grade 2 above 80 up to 90, grade 1 above 90. This is the reading the
 * standard itself gives for grade 1 ("> 90"), it leaves no gap between ranges, and for whole
 * decibels it is exactly the written table. So 60.5 is grade 3, 90.25 grade 1, 40.25 grade 4.
 *
 * <p>Declared from the least to the most severe; each grade holds the average it lies above.
 */
public enum GbHearingDisabilityGrade {
  /** 40 or less, or a grade 4 loss under 3 years of age. */
  NONE(null, null),
  /** Above 40 up to 60 (41–60). */
  GRADE_4(4, "40"),
  /** Above 60 up to 80 (61–80). */
  GRADE_3(3, "60"),
  /** Above 80 up to 90 (81–90). */
  GRADE_2(2, "80"),
  /** Above 90. */
  GRADE_1(1, "90");

  /** Grade 4 counts as a disability from this age in whole years. */
  public static final int GRADE_4_COUNTED_FROM_AGE = 3;

  private final Integer number;
  private final BigDecimal above;

  GbHearingDisabilityGrade(Integer number, String above) {
    this.number = number;
    this.above = above == null ? null : new BigDecimal(above);
  }

  /** The grade of the table for the better ear's average, before the age rule. */
  public static GbHearingDisabilityGrade forBetterEar(PureToneAverage betterEar) {
    GbHearingDisabilityGrade[] grades = values();
    for (int i = grades.length - 1; i > 0; i--) {
      if (betterEar.isAbove(grades[i].above)) {
        return grades[i];
      }
    }
    return NONE;
  }

  /** The grade for a person of the given age: grade 4 under 3 years is not a disability. */
  public static GbHearingDisabilityGrade forBetterEar(
      PureToneAverage betterEar, AgeAtScreening age) {
    GbHearingDisabilityGrade grade = forBetterEar(betterEar);
    if (grade == GRADE_4 && age.years() < GRADE_4_COUNTED_FROM_AGE) {
      return NONE;
    }
    return grade;
  }

  /** The grade as the standard numbers it (1 is the most severe), or null for {@link #NONE}. */
  public Integer number() {
    return number;
  }

  public boolean isMoreSevereThan(GbHearingDisabilityGrade other) {
    return compareTo(other) > 0;
  }
}
