package org.alliancecare.screening.internal.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.Map;
import org.alliancecare.kernel.InvalidInput;
import org.alliancecare.screening.api.Outcome;
import org.alliancecare.screening.api.ScreeningKind;
import org.alliancecare.screening.api.ScreeningMethod;
import org.alliancecare.screening.internal.domain.classification.AcuityNotation;
import org.alliancecare.screening.internal.domain.classification.Classification;
import org.alliancecare.screening.internal.domain.classification.Measurements;
import org.alliancecare.screening.internal.domain.classification.ScreeningClassifier;
import org.junit.jupiter.api.Test;

class MeasurementsJsonTest {

  /** A child of Wensu county (温宿县) born on 1 June 2019, five on the day of screening. */
  private static final LocalDate BIRTH_DATE = LocalDate.of(2019, 6, 1);

  private static final LocalDate SCREENED_ON = LocalDate.of(2024, 9, 10);

  private final ScreeningClassifier classifier = ScreeningClassifier.underCurrentRules();

  @Test
  void chart_acuity_in_mixed_notations_binds_to_the_engine_shape() {
    Measurements measurements =
        readValid(
            ScreeningMethod.OPTOTYPE,
            """
            {"rightEye": {"uncorrected": {"value": "4.7", "notation": "FIVE_POINT"},
                          "corrected": {"value": 1.0, "notation": "DECIMAL"}},
             "leftEye": {"uncorrected": {"value": "6/12", "notation": "SNELLEN_METRIC"}}}
            """);

    assertThat(measurements)
        .isEqualTo(
            new Measurements.OptotypeAcuity(
                new Measurements.EyeAcuity(
                    new Measurements.AcuityReading("4.7", AcuityNotation.FIVE_POINT),
                    new Measurements.AcuityReading("1.0", AcuityNotation.DECIMAL)),
                Measurements.EyeAcuity.uncorrectedOnly(
                    new Measurements.AcuityReading("6/12", AcuityNotation.SNELLEN_METRIC))));
  }

  @Test
  void pure_tone_thresholds_are_keyed_by_frequency() {
    Measurements measurements =
        readValid(
            ScreeningMethod.PURE_TONE,
            """
            {"rightEar": {"500": 40, "1000": 45, "2000": 45, "4000": 50},
             "leftEar": {"500": 15, "1000": 15, "2000": 15, "4000": 15}}
            """);

    assertThat(measurements)
        .isEqualTo(
            new Measurements.PureToneThresholds(
                Map.of("500", 40, "1000", 45, "2000", 45, "4000", 50),
                Map.of("500", 15, "1000", 15, "2000", 15, "4000", 15)));
  }

  @Test
  void ear_outcomes_and_recorded_outcomes_are_names() {
    assertThat(readValid(ScreeningMethod.OAE, "{\"rightEar\": \"PASS\", \"leftEar\": \"REFER\"}"))
        .isEqualTo(new Measurements.EarOutcomes(Outcome.PASS, Outcome.REFER));
    assertThat(readValid(ScreeningMethod.CLINICIAN, "{\"outcome\": \"REFER\"}"))
        .isEqualTo(new Measurements.RecordedOutcome(Outcome.REFER));
  }

  @Test
  void unknown_members_are_named_at_every_depth() {
    MeasurementsJson.Reading reading =
        MeasurementsJson.read(
            ScreeningMethod.OPTOTYPE,
            json(
                """
                {"rightEye": {"uncorrected": {"value": "1.0", "notation": "DECIMAL", "unit": "m"},
                              "pinhole": {"value": "1.0", "notation": "DECIMAL"}},
                 "leftEye": {"uncorrected": {"value": "1.0", "notation": "DECIMAL"}},
                 "bothEyes": {}}
                """));

    assertThat(reading.errors())
        .extracting(InvalidInput.FieldError::field)
        .containsExactlyInAnyOrder(
            "measurements.bothEyes",
            "measurements.rightEye.pinhole",
            "measurements.rightEye.uncorrected.unit");
  }

  @Test
  void an_unknown_field_refuses_the_measurements_although_they_classify() {
    MeasurementsJson.Reading reading =
        MeasurementsJson.read(
            ScreeningMethod.CLINICIAN, json("{\"outcome\": \"PASS\", \"remark\": \"ok\"}"));

    assertThatThrownBy(() -> reading.classify(() -> classify(ScreeningKind.SPEECH, reading)))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            refused ->
                assertThat(refused.errors())
                    .extracting(InvalidInput.FieldError::field)
                    .containsExactly("measurements.remark"));
  }

  @Test
  void shape_errors_and_the_classifiers_errors_are_named_at_once_without_repeats() {
    MeasurementsJson.Reading reading =
        MeasurementsJson.read(
            ScreeningMethod.OPTOTYPE,
            json(
                """
                {"rightEye": {"uncorrected": {"value": "0", "notation": "DECIMAL"}},
                 "leftEye": {"uncorrected": {"value": "1.0", "notation": "FIVE_POINTS"},
                             "corrected": {"value": true, "notation": "DECIMAL"}}}
                """));

    assertThatThrownBy(() -> reading.classify(() -> classify(ScreeningKind.VISION, reading)))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            refused ->
                assertThat(refused.errors())
                    .extracting(InvalidInput.FieldError::field)
                    .containsExactly(
                        "measurements.leftEye.uncorrected.notation",
                        "measurements.leftEye.corrected.value",
                        "measurements.rightEye.uncorrected.value"));
  }

  @Test
  void wrong_json_types_are_named() {
    MeasurementsJson.Reading reading =
        MeasurementsJson.read(
            ScreeningMethod.PURE_TONE,
            json(
                """
                {"rightEar": {"500": 25.5, "1000": "20", "2000": 20, "4000": 20},
                 "leftEar": [20, 20, 20, 20]}
                """));

    assertThat(reading.errors())
        .extracting(InvalidInput.FieldError::field)
        .containsExactly(
            "measurements.rightEar.500", "measurements.rightEar.1000", "measurements.leftEar");
  }

  @Test
  void a_missing_threshold_is_named_by_the_classifier() {
    MeasurementsJson.Reading reading =
        MeasurementsJson.read(
            ScreeningMethod.PURE_TONE,
            json(
                """
                {"rightEar": {"500": 20, "1000": 20, "2000": 20},
                 "leftEar": {"500": 20, "1000": 20, "2000": 20, "4000": 20, "8000": 30}}
                """));

    assertThatThrownBy(() -> reading.classify(() -> classify(ScreeningKind.HEARING, reading)))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            refused ->
                assertThat(refused.errors())
                    .extracting(InvalidInput.FieldError::field)
                    .containsExactlyInAnyOrder(
                        "measurements.rightEar.4000", "measurements.leftEar.8000"));
  }

  @Test
  void the_canonical_form_writes_acuity_values_as_text() {
    Measurements measurements =
        readValid(
            ScreeningMethod.OPTOTYPE,
            """
            {"leftEye": {"uncorrected": {"value": 0.50, "notation": "DECIMAL"}},
             "rightEye": {"uncorrected": {"notation": "FIVE_POINT", "value": 4.7}}}
            """);

    assertThat(MeasurementsJson.write(measurements))
        .isEqualTo(
            json(
                """
                {"rightEye": {"uncorrected": {"value": "4.7", "notation": "FIVE_POINT"}},
                 "leftEye": {"uncorrected": {"value": "0.50", "notation": "DECIMAL"}}}
                """));
  }

  private Classification classify(ScreeningKind kind, MeasurementsJson.Reading reading) {
    return classifier.classify(
        kind, methodOf(reading.measurements()), BIRTH_DATE, SCREENED_ON, reading.measurements());
  }

  private static ScreeningMethod methodOf(Measurements measurements) {
    if (measurements instanceof Measurements.OptotypeAcuity) {
      return ScreeningMethod.OPTOTYPE;
    }
    if (measurements instanceof Measurements.PureToneThresholds) {
      return ScreeningMethod.PURE_TONE;
    }
    return ScreeningMethod.CLINICIAN;
  }

  private static Measurements readValid(ScreeningMethod method, String json) {
    MeasurementsJson.Reading reading = MeasurementsJson.read(method, json(json));
    assertThat(reading.errors()).isEmpty();
    return reading.measurements();
  }

  static JsonObject json(String text) {
    try (JsonReader reader = Json.createReader(new StringReader(text))) {
      return reader.readObject();
    }
  }
}
