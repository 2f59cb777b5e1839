package org.alliancecare.screening.internal.domain.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.alliancecare.kernel.InvalidInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VisualAcuityTest {

  private static final String FIELD = "measurements.rightEye.uncorrected";

  @Test
  void five_point_4_7_equals_decimal_0_5_equals_6_12_equals_20_40_equals_logmar_0_3() {
    VisualAcuity fivePoint = VisualAcuity.parse("4.7", AcuityNotation.FIVE_POINT);
    VisualAcuity decimal = VisualAcuity.parse("0.5", AcuityNotation.DECIMAL);
    VisualAcuity metric = VisualAcuity.parse("6/12", AcuityNotation.SNELLEN_METRIC);
    VisualAcuity imperial = VisualAcuity.parse("20/40", AcuityNotation.SNELLEN_IMPERIAL);
    VisualAcuity logMar = VisualAcuity.parse("0.3", AcuityNotation.LOGMAR);

    assertThat(fivePoint)
        .isEqualTo(decimal)
        .isEqualTo(metric)
        .isEqualTo(imperial)
        .isEqualTo(logMar)
        .hasSameHashCodeAs(decimal);
    assertThat(fivePoint.logMar()).isEqualTo(new BigDecimal("0.30"));
  }

  @ParameterizedTest(name = "{0} in {1} is logMAR {2}")
  @CsvSource({
    // value,   notation,         logMAR
    "1.0,       DECIMAL,          0.00",
    "0.5,       DECIMAL,          0.30",
    "0.49,      DECIMAL,          0.31",
    "0.33,      DECIMAL,          0.48",
    "0.1,       DECIMAL,          1.00",
    "0.05,      DECIMAL,          1.30",
    "0.02,      DECIMAL,          1.70",
    "2.0,       DECIMAL,          -0.30",
    "0.001,     DECIMAL,          3.00",
    "5.0,       FIVE_POINT,       0.00",
    "4.0,       FIVE_POINT,       1.00",
    "5.3,       FIVE_POINT,       -0.30",
    "2.0,       FIVE_POINT,       3.00",
    "4.85,      FIVE_POINT,       0.15",
    "-0.1,      LOGMAR,           -0.10",
    "0.305,     LOGMAR,           0.31",
    "6/6,       SNELLEN_METRIC,   0.00",
    "6/18,      SNELLEN_METRIC,   0.48",
    "6/60,      SNELLEN_METRIC,   1.00",
    "3/60,      SNELLEN_METRIC,   1.30",
    "6/7.5,     SNELLEN_METRIC,   0.10",
    "' 6 / 9 ', SNELLEN_METRIC,   0.18",
    "20/20,     SNELLEN_IMPERIAL, 0.00",
    "20/200,    SNELLEN_IMPERIAL, 1.00",
    "20/32,     SNELLEN_IMPERIAL, 0.20",
  })
  void every_notation_is_normalised_to_logmar_in_hundredths(
      String value, AcuityNotation notation, BigDecimal logMar) {
    assertThat(VisualAcuity.parse(value, notation, FIELD).logMar()).isEqualTo(logMar);
  }

  @ParameterizedTest(name = "logMAR {0} is decimal {1} and five-point {2}")
  @CsvSource({
    "0.00, 1,     5.00",
    "0.30, 0.501, 4.70",
    "1.00, 0.1,   4.00",
    "1.30, 0.0501, 3.70",
    "-0.30, 2,    5.30",
    "3.00, 0.001, 2.00",
  })
  void converts_back_to_decimal_and_five_point(
      String logMar, BigDecimal decimal, BigDecimal fivePoint) {
    VisualAcuity acuity = VisualAcuity.ofLogMar(logMar);
    assertThat(acuity.toDecimal()).isEqualByComparingTo(decimal);
    assertThat(acuity.toFivePoint()).isEqualByComparingTo(fivePoint);
  }

  @Test
  void acuities_closer_than_a_hundredth_of_logmar_are_equal() {
    // 0.099 is logMAR 1.004: the same acuity as 0.1 at the resolution of comparison
    assertThat(VisualAcuity.ofDecimal("0.099")).isEqualTo(VisualAcuity.ofDecimal("0.1"));
    assertThat(VisualAcuity.ofDecimal("0.097")).isNotEqualTo(VisualAcuity.ofDecimal("0.1"));
  }

  @Test
  void a_number_from_json_is_read_like_its_text() {
    assertThat(VisualAcuity.parse(new BigDecimal("4.7"), AcuityNotation.FIVE_POINT, FIELD))
        .isEqualTo(VisualAcuity.ofDecimal("0.5"));
  }

  @Test
  void describes_itself_as_decimal_and_logmar() {
    assertThat(VisualAcuity.ofDecimal("0.4").describe()).isEqualTo("0.4 (logMAR 0.40)");
    assertThat(VisualAcuity.ofLogMar("0").describe()).isEqualTo("1 (logMAR 0.00)");
  }

  @Test
  void compares_at_hundredths_of_logmar() {
    VisualAcuity half = VisualAcuity.ofDecimal("0.5");
    assertThat(VisualAcuity.ofDecimal("0.49").isWorseThan(half)).isTrue();
    assertThat(VisualAcuity.ofDecimal("0.5").isWorseThan(half)).isFalse();
    assertThat(VisualAcuity.ofDecimal("0.6").isAtLeastAsGoodAs(half)).isTrue();
    assertThat(VisualAcuity.better(half, VisualAcuity.ofDecimal("0.8")))
        .isEqualTo(VisualAcuity.ofDecimal("0.8"));
    assertThat(VisualAcuity.ofDecimal("1.0").differenceFrom(VisualAcuity.ofLogMar("0.2")))
        .isEqualTo(new BigDecimal("0.20"));
  }

  @ParameterizedTest(name = "''{0}'' in {1} is refused: {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "0        | DECIMAL          | greater than 0",
        "-0.5     | DECIMAL          | greater than 0",
        "5        | DECIMAL          | between 0.001 and 2.0",
        "0.0009   | DECIMAL          | between 0.001 and 2.0",
        "0,5      | DECIMAL          | expected a number like 0.5",
        "abc      | DECIMAL          | expected a number like 0.5",
        "6/12     | DECIMAL          | expected a number like 0.5",
        "0        | FIVE_POINT       | greater than 0",
        "47       | FIVE_POINT       | between 2.0 and 5.3",
        "1.9      | FIVE_POINT       | between 2.0 and 5.3",
        "3.1      | LOGMAR           | between -0.3 and 3.0",
        "-0.4     | LOGMAR           | between -0.3 and 3.0",
        "6/       | SNELLEN_METRIC   | expected e.g. 6/12",
        "6/12/3   | SNELLEN_METRIC   | expected e.g. 6/12",
        "-6/12    | SNELLEN_METRIC   | expected e.g. 6/12",
        "0.5      | SNELLEN_METRIC   | expected e.g. 6/12",
        "6/0      | SNELLEN_METRIC   | greater than 0",
        "0/12     | SNELLEN_METRIC   | greater than 0",
        "20/40    | SNELLEN_METRIC   | SNELLEN_IMPERIAL",
        "6/2      | SNELLEN_METRIC   | between decimal 2.0 and 0.001",
        "6/6001   | SNELLEN_METRIC   | between decimal 2.0 and 0.001",
        "40/40    | SNELLEN_IMPERIAL | at most 20",
      })
  void a_malformed_or_implausible_value_is_refused_naming_the_field(
      String value, AcuityNotation notation, String message) {
    assertThatThrownBy(() -> VisualAcuity.parse(value, notation, FIELD))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            refused -> {
              assertThat(refused.errors()).hasSize(1);
              assertThat(refused.errors().get(0).field()).isEqualTo(FIELD);
              assertThat(refused.errors().get(0).message()).contains(message);
            });
  }

  @Test
  void a_missing_value_or_notation_is_refused_naming_the_field() {
    assertThatThrownBy(() -> VisualAcuity.parse(" ", AcuityNotation.DECIMAL, FIELD))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            refused -> assertThat(refused.errors().get(0).field()).isEqualTo(FIELD));
    assertThatThrownBy(() -> VisualAcuity.parse("0.5", null, FIELD))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            refused -> assertThat(refused.errors().get(0).field()).isEqualTo(FIELD + ".notation"));
  }

  @Test
  void a_snellen_fraction_that_arrives_as_a_number_is_refused() {
    assertThatThrownBy(
            () -> VisualAcuity.parse(new BigDecimal("0.5"), AcuityNotation.SNELLEN_METRIC, FIELD))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            refused ->
                assertThat(refused.errors())
                    .containsExactly(
                        new InvalidInput.FieldError(
                            FIELD, "a Snellen acuity is a fraction written as text, e.g. 6/12")));
  }

  @Test
  void a_logmar_outside_what_a_chart_measures_cannot_be_constructed() {
    assertThatThrownBy(() -> new VisualAcuity(new BigDecimal("3.01")))
        .isInstanceOf(InvalidInput.class);
    assertThatThrownBy(() -> new VisualAcuity(new BigDecimal("-0.31")))
        .isInstanceOf(InvalidInput.class);
    assertThat(new VisualAcuity(new BigDecimal("0.3")))
        .isEqualTo(new VisualAcuity(new BigDecimal("0.300")));
  }
}
