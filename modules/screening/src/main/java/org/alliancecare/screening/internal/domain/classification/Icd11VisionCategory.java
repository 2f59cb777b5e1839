package org.alliancecare.screening.internal.domain.classification;

/**
 * ICD-11 9D90, vision impairment by presenting distance acuity of the better eye (WHO, ICD-11 for
 * Mortality and Morbidity Statistics). Each category holds the worst acuity still inside it; the
 * cut-offs are written as the standard writes them, in metric Snellen.
 *
 * <p>Declared from the least to the most severe.
 */
public enum Icd11VisionCategory {
  /** Equal to or better than 6/12 (decimal 0.5). */
  NONE("6/12"),
  /** Worse than 6/12, equal to or better than 6/18 (decimal 0.33). */
  MILD("6/18"),
  /** Worse than 6/18, equal to or better than 6/60 (decimal 0.1). */
  MODERATE("6/60"),
  /** Worse than 6/60, equal to or better than 3/60 (decimal 0.05). */
  SEVERE("3/60"),
  /** Worse than 3/60. */
  BLINDNESS(null);

  private final VisualAcuity worstIncluded;

  Icd11VisionCategory(String worstIncluded) {
    this.worstIncluded =
        worstIncluded == null
            ? null
            : VisualAcuity.parse(worstIncluded, AcuityNotation.SNELLEN_METRIC);
  }

  /** The category of the better eye's presenting acuity. */
  public static Icd11VisionCategory of(VisualAcuity betterEyePresenting) {
    for (Icd11VisionCategory category : values()) {
      if (category.worstIncluded == null
          || betterEyePresenting.isAtLeastAsGoodAs(category.worstIncluded)) {
        return category;
      }
    }
    throw new IllegalStateException("the last category has no lower limit");
  }

  public boolean isMoreSevereThan(Icd11VisionCategory other) {
    return compareTo(other) > 0;
  }
}
