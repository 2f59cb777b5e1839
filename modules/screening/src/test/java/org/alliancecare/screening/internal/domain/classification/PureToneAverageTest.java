package org.alliancecare.screening.internal.domain.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.alliancecare.kernel.InvalidInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PureToneAverageTest {

  @ParameterizedTest(name = "{0}/{1}/{2}/{3} dB HL average {4}")
  @CsvSource({
    "20, 20, 20, 19, 19.75",
    "20, 20, 20, 20, 20.00",
    "25, 30, 35, 40, 32.50",
    "60, 60, 61, 61, 60.50",
    "90, 90, 90, 91, 90.25",
    "-10, -10, -10, -10, -10.00",
    "120, 120, 120, 120, 120.00",
  })
  void the_average_of_four_frequencies_is_exact(
      int at500, int at1000, int at2000, int at4000, BigDecimal average) {
    assertThat(new HearingThresholds(at500, at1000, at2000, at4000).average().dbHl())
        .isEqualTo(average);
  }

  @Test
  void thresholds_are_read_from_the_frequency_map_of_the_api() {
    HearingThresholds thresholds =
        HearingThresholds.of(SampleMeasurements.ear(10, 20, 30, 40), "measurements.rightEar");
    assertThat(thresholds).isEqualTo(new HearingThresholds(10, 20, 30, 40));
    assertThat(thresholds.average()).isEqualTo(PureToneAverage.of("25"));
  }

  @Test
  void every_missing_unknown_or_implausible_frequency_is_named_at_once() {
    Map<String, Integer> ear = new LinkedHashMap<>();
    ear.put("500", 20);
    ear.put("1000", 130);
    ear.put("3000", 20);
    ear.put("4000", -15);
    assertThatThrownBy(() -> HearingThresholds.of(ear, "measurements.leftEar"))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            refused ->
                assertThat(refused.errors())
                    .extracting(InvalidInput.FieldError::field)
                    .containsExactlyInAnyOrder(
                        "measurements.leftEar.3000",
                        "measurements.leftEar.1000",
                        "measurements.leftEar.2000",
                        "measurements.leftEar.4000"));
  }

  @Test
  void an_ear_without_thresholds_is_refused_naming_the_ear() {
    assertThatThrownBy(() -> HearingThresholds.of(null, "measurements.rightEar"))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            refused ->
                assertThat(refused.errors())
                    .extracting(InvalidInput.FieldError::field)
                    .containsExactly("measurements.rightEar"));
  }

  @ParameterizedTest
  @CsvSource({"-11", "121"})
  void a_threshold_outside_the_audiometer_range_cannot_be_constructed(int threshold) {
    assertThatThrownBy(() -> new HearingThresholds(20, 20, 20, threshold))
        .isInstanceOf(InvalidInput.class);
  }

  @ParameterizedTest
  @CsvSource({"19.8", "20.1", "-10.25", "120.25"})
  void an_average_that_four_whole_decibels_cannot_give_is_refused(String average) {
    assertThatThrownBy(() -> PureToneAverage.of(average)).isInstanceOf(InvalidInput.class);
  }

  @Test
  void the_better_ear_has_the_lower_average() {
    PureToneAverage right = PureToneAverage.of("19.75");
    PureToneAverage left = PureToneAverage.of("20");
    assertThat(PureToneAverage.better(right, left)).isEqualTo(right);
    assertThat(PureToneAverage.worse(right, left)).isEqualTo(left);
    assertThat(left.describe()).isEqualTo("20");
    assertThat(right.describe()).isEqualTo("19.75");
  }
}
