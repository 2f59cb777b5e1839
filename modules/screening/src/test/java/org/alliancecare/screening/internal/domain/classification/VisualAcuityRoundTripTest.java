package org.alliancecare.screening.internal.domain.classification;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Notation round-trips within the resolution of comparison (0.01 logMAR). */
class VisualAcuityRoundTripTest {

  private static VisualAcuity logMarHundredths(int hundredths) {
    return new VisualAcuity(BigDecimal.valueOf(hundredths, 2));
  }

  @Property
  void logmar_to_decimal_and_back_is_the_same_acuity(
      @ForAll @IntRange(min = -30, max = 300) int hundredths) {
    VisualAcuity acuity = logMarHundredths(hundredths);
    assertThat(VisualAcuity.parse(acuity.toDecimal().toPlainString(), AcuityNotation.DECIMAL))
        .isEqualTo(acuity);
  }

  @Property
  void logmar_to_five_point_and_back_is_the_same_acuity(
      @ForAll @IntRange(min = -30, max = 300) int hundredths) {
    VisualAcuity acuity = logMarHundredths(hundredths);
    assertThat(VisualAcuity.parse(acuity.toFivePoint().toPlainString(), AcuityNotation.FIVE_POINT))
        .isEqualTo(acuity);
    assertThat(acuity.toFivePoint().add(acuity.logMar())).isEqualByComparingTo("5");
  }

  @Property
  void five_point_to_logmar_and_back_is_exact(
      @ForAll @IntRange(min = 200, max = 530) int fivePointHundredths) {
    BigDecimal fivePoint = BigDecimal.valueOf(fivePointHundredths, 2);
    assertThat(
            VisualAcuity.parse(fivePoint.toPlainString(), AcuityNotation.FIVE_POINT).toFivePoint())
        .isEqualByComparingTo(fivePoint);
  }

  @Property
  void decimal_to_logmar_and_back_stays_within_the_resolution(
      @ForAll @IntRange(min = 1, max = 2000) int thousandths) {
    BigDecimal decimal = BigDecimal.valueOf(thousandths, 3);
    BigDecimal back =
        VisualAcuity.parse(decimal.toPlainString(), AcuityNotation.DECIMAL).toDecimal();
    double logDifference =
        Math.abs(Math.log10(back.doubleValue()) - Math.log10(decimal.doubleValue()));
    // rounding to 0.01 logMAR moves at most 0.005, three significant digits at most 0.0022 more
    assertThat(logDifference).isLessThanOrEqualTo(0.0073);
  }

  @Property
  void a_metric_snellen_fraction_is_the_decimal_it_stands_for(
      @ForAll @IntRange(min = 3, max = 6000) int lineDistance) {
    BigDecimal decimal =
        BigDecimal.valueOf(6).divide(BigDecimal.valueOf(lineDistance), new MathContext(12));
    assertThat(VisualAcuity.parse("6/" + lineDistance, AcuityNotation.SNELLEN_METRIC))
        .isEqualTo(VisualAcuity.parse(decimal.toPlainString(), AcuityNotation.DECIMAL));
  }

  @Property
  void metric_and_imperial_fractions_of_the_same_size_are_the_same_acuity(
      @ForAll @IntRange(min = 1, max = 1000) int multipleOfThree) {
    // 6/(3k) metres is 20/(10k) feet
    assertThat(VisualAcuity.parse("6/" + (3 * multipleOfThree), AcuityNotation.SNELLEN_METRIC))
        .isEqualTo(
            VisualAcuity.parse("20/" + (10 * multipleOfThree), AcuityNotation.SNELLEN_IMPERIAL));
  }
}
