package org.alliancecare.screening.internal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.alliancecare.screening.api.Outcome;
import org.alliancecare.screening.api.ScreeningMethod;
import org.alliancecare.screening.internal.domain.classification.AcuityNotation;
import org.alliancecare.screening.internal.domain.classification.HearingThresholds;
import org.alliancecare.screening.internal.domain.classification.Measurements;

/** What is stored and answered reads back as the very measurements that were classified. */
class MeasurementsJsonRoundTripTest {

  /** A measurement together with the method whose shape it has. */
  record Recorded(ScreeningMethod method, Measurements measurements) {}

  @Property
  void the_canonical_json_reads_back_as_the_same_measurements(
      @ForAll("measurements") Recorded recorded) {
    MeasurementsJson.Reading reading =
        MeasurementsJson.read(recorded.method(), MeasurementsJson.write(recorded.measurements()));

    assertThat(reading.errors()).isEmpty();
    assertThat(reading.measurements()).isEqualTo(recorded.measurements());
  }

  @Property
  void writing_is_stable(@ForAll("measurements") Recorded recorded) {
    var once = MeasurementsJson.write(recorded.measurements());
    var twice =
        MeasurementsJson.write(MeasurementsJson.read(recorded.method(), once).measurements());

    assertThat(twice).isEqualTo(once);
  }

  @Provide
  Arbitrary<Recorded> measurements() {
    return Arbitraries.oneOf(optotype(), recordedOutcome(), earOutcomes(), pureTone());
  }

  private Arbitrary<Recorded> optotype() {
    return Combinators.combine(eye(), eye())
        .as(
            (right, left) ->
                new Recorded(
                    ScreeningMethod.OPTOTYPE, new Measurements.OptotypeAcuity(right, left)));
  }

  private Arbitrary<Measurements.EyeAcuity> eye() {
    return Combinators.combine(reading(), reading().injectNull(0.5))
        .as(Measurements.EyeAcuity::new);
  }

  private Arbitrary<Measurements.AcuityReading> reading() {
    return Arbitraries.of(AcuityNotation.values())
        .flatMap(
            notation ->
                Arbitraries.of(valuesIn(notation))
                    .map(value -> new Measurements.AcuityReading(value, notation)));
  }

  private static List<String> valuesIn(AcuityNotation notation) {
    return switch (notation) {
      case DECIMAL -> List.of("0.05", "0.1", "0.5", "0.50", "1.0", "1.5");
      case FIVE_POINT -> List.of("4.0", "4.7", "5.0", "5.1");
      case LOGMAR -> List.of("-0.1", "0", "0.3", "1.00");
      case SNELLEN_METRIC -> List.of("6/6", "6/12", "3/60", "6/7.5");
      case SNELLEN_IMPERIAL -> List.of("20/20", "20/40", "20/200");
    };
  }

  private Arbitrary<Recorded> recordedOutcome() {
    return Combinators.combine(
            Arbitraries.of(ScreeningMethod.INSTRUMENT, ScreeningMethod.CLINICIAN),
            Arbitraries.of(Outcome.values()))
        .as((method, outcome) -> new Recorded(method, new Measurements.RecordedOutcome(outcome)));
  }

  private Arbitrary<Recorded> earOutcomes() {
    return Combinators.combine(
            Arbitraries.of(ScreeningMethod.OAE, ScreeningMethod.AABR),
            Arbitraries.of(Outcome.values()),
            Arbitraries.of(Outcome.values()))
        .as(
            (method, right, left) ->
                new Recorded(method, new Measurements.EarOutcomes(right, left)));
  }

  private Arbitrary<Recorded> pureTone() {
    return Combinators.combine(ear(), ear())
        .as(
            (right, left) ->
                new Recorded(
                    ScreeningMethod.PURE_TONE, new Measurements.PureToneThresholds(right, left)));
  }

  private Arbitrary<Map<String, Integer>> ear() {
    Arbitrary<Integer> decibels =
        Arbitraries.integers()
            .between(HearingThresholds.LOWEST_DB_HL, HearingThresholds.HIGHEST_DB_HL);
    return decibels
        .list()
        .ofSize(4)
        .map(
            thresholds -> {
              Map<String, Integer> ear = new LinkedHashMap<>();
              for (int i = 0; i < 4; i++) {
                ear.put(HearingThresholds.FREQUENCIES.get(i), thresholds.get(i));
              }
              return ear;
            });
  }
}
