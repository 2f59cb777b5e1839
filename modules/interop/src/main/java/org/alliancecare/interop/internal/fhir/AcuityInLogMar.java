package org.alliancecare.interop.internal.fhir;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A chart acuity as the screening stored it (value as entered, and its notation) in logMAR, the one
 * scale every FHIR reader can compare: decimal d is −log10 d, five-point (GB 11533) L is 5 − L,
 * Snellen n/x is log10(x/n). The same conversions as the screening module's classification
 * (docs/screening.md, "Acuity notations"), rounded to hundredths of logMAR as it compares them.
 */
final class AcuityInLogMar {

  private AcuityInLogMar() {}

  static BigDecimal of(String value, String notation) {
    double logMar =
        switch (notation) {
          case "DECIMAL" -> -Math.log10(Double.parseDouble(value));
          case "FIVE_POINT" -> 5 - Double.parseDouble(value);
          case "LOGMAR" -> Double.parseDouble(value);
          case "SNELLEN_METRIC", "SNELLEN_IMPERIAL" -> snellen(value);
          default -> throw new IllegalArgumentException("unknown acuity notation " + notation);
        };
    BigDecimal rounded = BigDecimal.valueOf(logMar).setScale(2, RoundingMode.HALF_UP);
    return rounded.signum() == 0 ? BigDecimal.ZERO.setScale(2) : rounded;
  }

  private static double snellen(String value) {
    String[] parts = value.split("/", 2);
    return Math.log10(Double.parseDouble(parts[1]) / Double.parseDouble(parts[0]));
  }
}
