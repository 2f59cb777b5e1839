package org.alliancecare.screening.internal.domain.classification;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.alliancecare.kernel.InvalidInput;

/**
 * Visual acuity of one eye, held as logMAR (log10 of the minimum angle of resolution in minutes of
 * arc: 0.0 is decimal 1.0, higher is worse, one chart line is 0.1).
 *
 * <p>Rounding policy: logMAR is a {@link BigDecimal} rounded half up to hundredths, and all
 * comparisons are made at that resolution. Charts step 0.1 per line and 0.02 per letter, so 0.01 is
 * finer than anything a chart measures; yet it is coarse enough that one acuity entered in any
 * notation compares equal (decimal 0.5 is logMAR 0.30103, 6/12 and 20/40 the same, five-point 4.7
 * exactly 0.3: all are 0.30), and that every cut-off of the classification tables is one exact
 * number (6/18 and decimal 0.33 are both 0.48). BigDecimal rather than double, so that logMAR and
 * five-point entries convert without binary fractions and equality is plain value equality.
 *
 * <p>Accepted range: decimal 2.0 (logMAR −0.3, five-point 5.3) to decimal 0.001 (logMAR 3.0,
 * five-point 2.0). Anything outside is a typing error, or a counting-fingers / hand-motion /
 * light-perception finding that is not an optotype acuity.
 */
public record VisualAcuity(BigDecimal logMar) {

  /** Comparisons are made in hundredths of logMAR. */
  public static final int LOGMAR_SCALE = 2;

  /** Best acuity accepted: logMAR −0.3, decimal 2.0, five-point 5.3. */
  public static final BigDecimal BEST_LOGMAR = new BigDecimal("-0.30");

  /** Worst acuity accepted: logMAR 3.0, decimal 0.001, five-point 2.0. */
  public static final BigDecimal WORST_LOGMAR = new BigDecimal("3.00");

  private static final BigDecimal FIVE = BigDecimal.valueOf(5);
  private static final BigDecimal BEST_DECIMAL = new BigDecimal("2.0");
  private static final BigDecimal WORST_DECIMAL = new BigDecimal("0.001");
  private static final BigDecimal BEST_FIVE_POINT = FIVE.subtract(BEST_LOGMAR);
  private static final BigDecimal WORST_FIVE_POINT = FIVE.subtract(WORST_LOGMAR);

  /** Test distances beyond these are not Snellen charts but a fraction in the wrong notation. */
  private static final BigDecimal LONGEST_METRIC_DISTANCE = BigDecimal.valueOf(6);

  private static final BigDecimal LONGEST_IMPERIAL_DISTANCE = BigDecimal.valueOf(20);

  private static final Pattern FRACTION =
      Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*/\\s*(\\d+(?:\\.\\d+)?)");

  /**
   * Three significant digits are enough for decimal → logMAR → decimal to give back the same 0.01.
   */
  private static final MathContext DECIMAL_DIGITS = new MathContext(3, RoundingMode.HALF_UP);

  private static final MathContext DISPLAY_DIGITS = new MathContext(2, RoundingMode.HALF_UP);

  public VisualAcuity {
    Objects.requireNonNull(logMar, "logMar");
    logMar = logMar.setScale(LOGMAR_SCALE, RoundingMode.HALF_UP);
    if (logMar.compareTo(BEST_LOGMAR) < 0 || logMar.compareTo(WORST_LOGMAR) > 0) {
      throw InvalidInput.of("logMar", "logmar-between-was", logMar.toPlainString());
    }
  }

  /**
   * Reads an acuity as entered.
   *
   * @param value the value as written: a number ({@code "0.5"}, {@code "4.7"}, {@code "0.3"}) or a
   *     fraction ({@code "6/12"}, {@code "20/40"})
   * @param field where the value sits in the request, named in the {@link InvalidInput} when it is
   *     refused, e.g. {@code measurements.rightEye.uncorrected}
   * @throws InvalidInput when the value is missing, malformed, not positive or beyond what a chart
   *     measures; a missing notation is named as {@code field + ".notation"}
   */
  public static VisualAcuity parse(String value, AcuityNotation notation, String field) {
    Objects.requireNonNull(field, "field");
    if (notation == null) {
      throw InvalidInput.of(
          field + ".notation",
          "notation-required-one-of",
          Arrays.toString(AcuityNotation.values()));
    }
    if (value == null || value.isBlank()) {
      throw InvalidInput.of(field, "acuity-required-example", notation.example(), notation);
    }
    String text = value.strip();
    BigDecimal logMar =
        switch (notation) {
          case DECIMAL -> fromDecimal(number(text, notation, field), field);
          case FIVE_POINT -> fromFivePoint(number(text, notation, field), field);
          case LOGMAR -> fromLogMar(number(text, notation, field), field);
          case SNELLEN_METRIC -> fromSnellen(text, notation, LONGEST_METRIC_DISTANCE, field);
          case SNELLEN_IMPERIAL -> fromSnellen(text, notation, LONGEST_IMPERIAL_DISTANCE, field);
        };
    return new VisualAcuity(logMar);
  }

  /** Reads an acuity that arrived as a JSON number; Snellen fractions must come as text. */
  public static VisualAcuity parse(BigDecimal value, AcuityNotation notation, String field) {
    if (value != null
        && (notation == AcuityNotation.SNELLEN_METRIC
            || notation == AcuityNotation.SNELLEN_IMPERIAL)) {
      throw InvalidInput.of(field, "snellen-acuity-is-text", notation.example());
    }
    return parse(value == null ? null : value.toPlainString(), notation, field);
  }

  /** Reads an acuity written in a classification table or a rule set. */
  public static VisualAcuity parse(String value, AcuityNotation notation) {
    return parse(value, notation, "acuity");
  }

  public static VisualAcuity ofLogMar(String logMar) {
    return parse(logMar, AcuityNotation.LOGMAR);
  }

  public static VisualAcuity ofDecimal(String decimal) {
    return parse(decimal, AcuityNotation.DECIMAL);
  }

  /** The better (lower logMAR) of two acuities. */
  public static VisualAcuity better(VisualAcuity one, VisualAcuity other) {
    return one.logMar.compareTo(other.logMar) <= 0 ? one : other;
  }

  /** Decimal acuity to three significant digits (logMAR 0.30 is 0.501, logMAR 1.00 is 0.1). */
  public BigDecimal toDecimal() {
    return decimal(DECIMAL_DIGITS);
  }

  /** Five-point record, GB 11533: 5 − logMAR, exact (logMAR 0.30 is 4.70). */
  public BigDecimal toFivePoint() {
    return FIVE.subtract(logMar);
  }

  public boolean isWorseThan(VisualAcuity other) {
    return logMar.compareTo(other.logMar) > 0;
  }

  public boolean isAtLeastAsGoodAs(VisualAcuity other) {
    return logMar.compareTo(other.logMar) <= 0;
  }

  /** The difference between two eyes in logMAR, 0.1 per chart line, never negative. */
  public BigDecimal differenceFrom(VisualAcuity other) {
    return logMar.subtract(other.logMar).abs();
  }

  /** For messages: decimal to two significant digits and the logMAR, e.g. "0.4 (logMAR 0.40)". */
  public String describe() {
    return decimal(DISPLAY_DIGITS).toPlainString() + " (logMAR " + logMar.toPlainString() + ")";
  }

  private BigDecimal decimal(MathContext digits) {
    return BigDecimal.valueOf(Math.pow(10, logMar.negate().doubleValue()))
        .round(digits)
        .stripTrailingZeros();
  }

  private static BigDecimal number(String text, AcuityNotation notation, String field) {
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException notANumber) {
      throw InvalidInput.of(
          field, "not-an-acuity-expected-number", text, notation, notation.example());
    }
  }

  private static BigDecimal fromDecimal(BigDecimal decimal, String field) {
    if (decimal.signum() <= 0) {
      throw InvalidInput.of(field, "decimal-acuity-positive-was", decimal);
    }
    if (decimal.compareTo(BEST_DECIMAL) > 0 || decimal.compareTo(WORST_DECIMAL) < 0) {
      throw InvalidInput.of(field, "decimal-acuity-between-was", decimal.toPlainString());
    }
    return BigDecimal.valueOf(-log10(decimal));
  }

  private static BigDecimal fromFivePoint(BigDecimal fivePoint, String field) {
    if (fivePoint.signum() <= 0) {
      throw InvalidInput.of(field, "five-point-positive-was", fivePoint);
    }
    if (fivePoint.compareTo(BEST_FIVE_POINT) > 0 || fivePoint.compareTo(WORST_FIVE_POINT) < 0) {
      throw InvalidInput.of(field, "five-point-between-was", fivePoint.toPlainString());
    }
    return FIVE.subtract(fivePoint);
  }

  private static BigDecimal fromLogMar(BigDecimal logMar, String field) {
    if (logMar.compareTo(BEST_LOGMAR) < 0 || logMar.compareTo(WORST_LOGMAR) > 0) {
      throw InvalidInput.of(field, "logmar-acuity-between-was", logMar.toPlainString());
    }
    return logMar;
  }

  private static BigDecimal fromSnellen(
      String text, AcuityNotation notation, BigDecimal longestDistance, String field) {
    Matcher fraction = FRACTION.matcher(text);
    if (!fraction.matches()) {
      throw InvalidInput.of(field, "not-a-fraction-expected", text, notation, notation.example());
    }
    BigDecimal distance = new BigDecimal(fraction.group(1));
    BigDecimal size = new BigDecimal(fraction.group(2));
    if (distance.signum() == 0 || size.signum() == 0) {
      throw InvalidInput.of(field, "both-parts-of-snellen-fraction-are-greater");
    }
    if (distance.compareTo(longestDistance) > 0) {
      throw notation == AcuityNotation.SNELLEN_METRIC
          ? InvalidInput.of(
              field,
              "metric-test-distance-at-most-was",
              notation,
              longestDistance,
              distance.toPlainString())
          : InvalidInput.of(
              field,
              "test-distance-at-most-was",
              notation,
              longestDistance,
              distance.toPlainString());
    }
    if (distance.compareTo(size.multiply(BEST_DECIMAL)) > 0
        || size.compareTo(distance.divide(WORST_DECIMAL)) > 0) {
      throw InvalidInput.of(field, "snellen-fraction-between-was", text);
    }
    return BigDecimal.valueOf(log10(size) - log10(distance));
  }

  /** log10 of an exact decimal number, free of the binary rounding of its fraction digits. */
  private static double log10(BigDecimal value) {
    return Math.log10(value.unscaledValue().doubleValue()) - value.scale();
  }
}
