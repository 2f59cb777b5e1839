package org.alliancecare.screening.internal.domain.classification;

/**
 * GB/T 26341-2010 (残疾人残疾分类和分级), vision disability by best-corrected acuity of the better eye. Each
 * grade holds the decimal acuity it lies below. The standard also grades by visual field (radius
 * below 5° is grade 1, below 10° grade 2); a screening does not measure fields, so only acuity is
 * graded here.
 *
 * <p>Declared from the least to the most severe.
 */
public enum GbVisionDisabilityGrade {
  /** Best-corrected 0.3 or better: not a vision disability. */
  NONE(null, null),
  /** 0.1 to below 0.3. */
  GRADE_4(4, "0.3"),
  /** 0.05 to below 0.1. */
  GRADE_3(3, "0.1"),
  /** 0.02 to below 0.05. */
  GRADE_2(2, "0.05"),
  /** Below 0.02. */
  GRADE_1(1, "0.02");

  private final Integer number;
  private final VisualAcuity below;

  GbVisionDisabilityGrade(Integer number, String below) {
    this.number = number;
    this.below = below == null ? null : VisualAcuity.ofDecimal(below);
  }

  /** The grade of the better eye's best-corrected acuity. */
  public static GbVisionDisabilityGrade of(VisualAcuity betterEyeBestCorrected) {
    GbVisionDisabilityGrade[] grades = values();
    for (int i = grades.length - 1; i > 0; i--) {
      if (betterEyeBestCorrected.isWorseThan(grades[i].below)) {
        return grades[i];
      }
    }
    return NONE;
  }

  /** The grade as the standard numbers it (1 is the most severe), or null for {@link #NONE}. */
  public Integer number() {
    return number;
  }

  public boolean isMoreSevereThan(GbVisionDisabilityGrade other) {
    return compareTo(other) > 0;
  }
}
