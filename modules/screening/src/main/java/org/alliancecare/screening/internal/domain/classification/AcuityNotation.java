package org.alliancecare.screening.internal.domain.classification;

/** The notations in which visual acuity is entered; all are normalised to logMAR. */
public enum AcuityNotation {
  /** Decimal acuity {@code d}: logMAR = −log10 d (1.0 is normal, 0.5 is half). */
  DECIMAL("0.5"),
  /** Five-point record (五分记录), GB 11533: L = 5 − logMAR (5.0 is 1.0 decimal, 4.7 is 0.5). */
  FIVE_POINT("4.7"),
  /** logMAR itself: 0.0 is normal, higher is worse, 0.1 per chart line. */
  LOGMAR("0.3"),
  /** Snellen fraction in metres: test distance over the distance at which the line subtends 5'. */
  SNELLEN_METRIC("6/12"),
  /** Snellen fraction in feet. */
  SNELLEN_IMPERIAL("20/40");

  private final String example;

  AcuityNotation(String example) {
    this.example = example;
  }

  /** How 0.5 decimal is written in this notation, for messages that show a person what is meant. */
  public String example() {
    return example;
  }
}
