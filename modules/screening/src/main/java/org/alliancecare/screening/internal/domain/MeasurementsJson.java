package org.alliancecare.screening.internal.domain;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.alliancecare.kernel.InvalidInput;
import org.alliancecare.kernel.InvalidInput.FieldError;
import org.alliancecare.screening.api.Outcome;
import org.alliancecare.screening.api.ScreeningMethod;
import org.alliancecare.screening.internal.domain.classification.AcuityNotation;
import org.alliancecare.screening.internal.domain.classification.HearingThresholds;
import org.alliancecare.screening.internal.domain.classification.Measurements;

/**
 * The {@code measurements} JSON of API.md and the engine's {@link Measurements}, both ways.
 *
 * <p>Reading checks the shape that the method prescribes: unknown members, values of the wrong JSON
 * type and unknown names (notations, outcomes) are named by their path, e.g. {@code
 * measurements.rightEye.uncorrected.notation}. What is well-shaped but implausible (an acuity of 0,
 * a threshold of 150 dB) is left to the classifier, which names it the same way; {@link
 * Reading#classify} runs the classifier and answers both kinds of error at once.
 *
 * <p>Writing gives the canonical form that is stored and answered: acuity values as text ({@code
 * "0.5"}, {@code "4.7"}, {@code "6/12"}), notations and outcomes as names, thresholds as whole
 * decibels keyed by frequency ({@code "500"}, {@code "1000"}, {@code "2000"}, {@code "4000"}).
 */
public final class MeasurementsJson {

  static final String ROOT = "measurements";

  private MeasurementsJson() {}

  /** Reads the measurements of a screening by {@code method}. */
  public static Reading read(ScreeningMethod method, JsonObject json) {
    Objects.requireNonNull(method, "method");
    Parser parser = new Parser();
    Measurements measurements =
        json == null
            ? null
            : switch (method) {
              case OPTOTYPE -> parser.optotype(json);
              case INSTRUMENT, CLINICIAN -> parser.recordedOutcome(json);
              case OAE, AABR -> parser.earOutcomes(json);
              case PURE_TONE -> parser.pureTone(json);
            };
    if (json == null) {
      parser.errors.add(FieldError.of(ROOT, "measurements-are-required"));
    }
    return new Reading(measurements, parser.errors);
  }

  /**
   * The JSON provider, looked up once ({@code Json.create…} looks it up again on every call) and
   * only by {@link #write}: reading needs none, so that the offline field app's compiled copy of
   * {@link #read} runs without one.
   */
  private static final class Provider {
    static final JsonProvider JSON = JsonProvider.provider();
  }

  /** The canonical JSON of measurements. */
  public static JsonObject write(Measurements measurements) {
    JsonObjectBuilder json = Provider.JSON.createObjectBuilder();
    if (measurements instanceof Measurements.OptotypeAcuity acuity) {
      putEye(json, "rightEye", acuity.rightEye());
      putEye(json, "leftEye", acuity.leftEye());
    } else if (measurements instanceof Measurements.RecordedOutcome recorded) {
      putName(json, "outcome", recorded.outcome());
    } else if (measurements instanceof Measurements.EarOutcomes ears) {
      putName(json, "rightEar", ears.rightEar());
      putName(json, "leftEar", ears.leftEar());
    } else if (measurements instanceof Measurements.PureToneThresholds thresholds) {
      putEar(json, "rightEar", thresholds.rightEar());
      putEar(json, "leftEar", thresholds.leftEar());
    }
    return json.build();
  }

  private static void putEye(JsonObjectBuilder json, String name, Measurements.EyeAcuity eye) {
    if (eye == null) {
      return;
    }
    JsonObjectBuilder object = Provider.JSON.createObjectBuilder();
    putReading(object, "uncorrected", eye.uncorrected());
    putReading(object, "corrected", eye.corrected());
    json.add(name, object);
  }

  private static void putReading(
      JsonObjectBuilder json, String name, Measurements.AcuityReading reading) {
    if (reading == null) {
      return;
    }
    JsonObjectBuilder object = Provider.JSON.createObjectBuilder();
    if (reading.value() != null) {
      object.add("value", reading.value());
    }
    putName(object, "notation", reading.notation());
    json.add(name, object);
  }

  private static void putEar(JsonObjectBuilder json, String name, Map<String, Integer> ear) {
    if (ear == null) {
      return;
    }
    JsonObjectBuilder object = Provider.JSON.createObjectBuilder();
    for (String frequency : HearingThresholds.FREQUENCIES) {
      if (ear.get(frequency) != null) {
        object.add(frequency, ear.get(frequency));
      }
    }
    ear.forEach(
        (frequency, threshold) -> {
          if (!HearingThresholds.FREQUENCIES.contains(frequency) && threshold != null) {
            object.add(frequency, threshold);
          }
        });
    json.add(name, object);
  }

  private static void putName(JsonObjectBuilder json, String name, Enum<?> value) {
    if (value != null) {
      json.add(name, value.name());
    }
  }

  /**
   * Measurements as read, as far as they could be read, and what was wrong with their shape. Parts
   * that could not be read are {@code null}, so that the classifier still checks the rest.
   */
  public static final class Reading {

    private final Measurements measurements;
    private final List<FieldError> errors;

    Reading(Measurements measurements, List<FieldError> errors) {
      this.measurements = measurements;
      this.errors = List.copyOf(errors);
    }

    public Measurements measurements() {
      return measurements;
    }

    public List<FieldError> errors() {
      return errors;
    }

    /**
     * Runs {@code classification} (which classifies these measurements) and refuses with every
     * error at once: the shape errors found in reading, and those of the classifier, less the ones
     * that only repeat a shape error about the same field (a notation that could not be read is
     * also a missing one to the classifier).
     *
     * @throws InvalidInput when reading or classifying found anything wrong
     */
    public <T> T classify(Supplier<T> classification) {
      List<FieldError> all = new ArrayList<>(errors);
      T result = null;
      if (measurements != null) {
        try {
          result = classification.get();
        } catch (InvalidInput refused) {
          for (FieldError error : refused.errors()) {
            if (!repeatsShapeError(error.field())) {
              all.add(error);
            }
          }
        }
      }
      if (!all.isEmpty()) {
        throw new InvalidInput(all);
      }
      return result;
    }

    private boolean repeatsShapeError(String field) {
      return errors.stream()
          .map(FieldError::field)
          .anyMatch(
              shape ->
                  field.equals(shape)
                      || field.startsWith(shape + ".")
                      || shape.startsWith(field + "."));
    }
  }

  /** Reads one document, gathering every shape error. */
  private static final class Parser {

    private final List<FieldError> errors = new ArrayList<>();

    Measurements optotype(JsonObject json) {
      onlyMembers(json, ROOT, Set.of("rightEye", "leftEye"), "{rightEye, leftEye}");
      return new Measurements.OptotypeAcuity(
          eye(json, ROOT + ".rightEye"), eye(json, ROOT + ".leftEye"));
    }

    Measurements recordedOutcome(JsonObject json) {
      onlyMembers(json, ROOT, Set.of("outcome"), "{outcome: PASS or REFER}");
      return new Measurements.RecordedOutcome(outcome(json.get("outcome"), ROOT + ".outcome"));
    }

    Measurements earOutcomes(JsonObject json) {
      onlyMembers(
          json, ROOT, Set.of("rightEar", "leftEar"), "{rightEar, leftEar}, each PASS or REFER");
      return new Measurements.EarOutcomes(
          outcome(json.get("rightEar"), ROOT + ".rightEar"),
          outcome(json.get("leftEar"), ROOT + ".leftEar"));
    }

    Measurements pureTone(JsonObject json) {
      onlyMembers(
          json,
          ROOT,
          Set.of("rightEar", "leftEar"),
          "{rightEar, leftEar}, each {\"500\": dB, \"1000\": dB, \"2000\": dB, \"4000\": dB}");
      return new Measurements.PureToneThresholds(
          ear(json.get("rightEar"), ROOT + ".rightEar"),
          ear(json.get("leftEar"), ROOT + ".leftEar"));
    }

    private Measurements.EyeAcuity eye(JsonObject parent, String field) {
      JsonObject eye = object(parent.get(lastName(field)), field, "{uncorrected, corrected?}");
      if (eye == null) {
        return null;
      }
      onlyMembers(eye, field, Set.of("uncorrected", "corrected"), "{uncorrected, corrected?}");
      return new Measurements.EyeAcuity(
          reading(eye.get("uncorrected"), field + ".uncorrected"),
          reading(eye.get("corrected"), field + ".corrected"));
    }

    private Measurements.AcuityReading reading(JsonValue value, String field) {
      JsonObject reading = object(value, field, "{value, notation}");
      if (reading == null) {
        return null;
      }
      onlyMembers(reading, field, Set.of("value", "notation"), "{value, notation}");
      return new Measurements.AcuityReading(
          acuityValue(reading.get("value"), field + ".value"),
          notation(reading.get("notation"), field + ".notation"));
    }

    private String acuityValue(JsonValue value, String field) {
      if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
        return null;
      }
      if (value instanceof JsonString text) {
        return text.getString();
      }
      if (value instanceof JsonNumber number) {
        return number.bigDecimalValue().toPlainString();
      }
      errors.add(FieldError.of(field, "acuity-number-or-text-e-g-0"));
      return null;
    }

    private AcuityNotation notation(JsonValue value, String field) {
      return name(
          value,
          field,
          AcuityNotation.class,
          "a notation is one of " + Arrays.toString(AcuityNotation.values()));
    }

    private Outcome outcome(JsonValue value, String field) {
      return name(value, field, Outcome.class, "PASS or REFER");
    }

    private <E extends Enum<E>> E name(JsonValue value, String field, Class<E> type, String one) {
      if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
        return null;
      }
      if (value instanceof JsonString text) {
        for (E constant : type.getEnumConstants()) {
          if (constant.name().equals(text.getString())) {
            return constant;
          }
        }
      }
      errors.add(FieldError.of(field, "must-be", one));
      return null;
    }

    private Map<String, Integer> ear(JsonValue value, String field) {
      JsonObject ear =
          object(value, field, "{\"500\": dB, \"1000\": dB, \"2000\": dB, \"4000\": dB}");
      if (ear == null) {
        return null;
      }
      Map<String, Integer> thresholds = new LinkedHashMap<>();
      ear.forEach(
          (frequency, threshold) -> {
            Integer decibels = wholeDecibels(threshold, field + "." + frequency);
            if (decibels != null) {
              thresholds.put(frequency, decibels);
            }
          });
      return thresholds;
    }

    private Integer wholeDecibels(JsonValue value, String field) {
      if (value.getValueType() == JsonValue.ValueType.NULL) {
        return null;
      }
      if (value instanceof JsonNumber number) {
        try {
          return number.bigDecimalValue().intValueExact();
        } catch (ArithmeticException notWhole) {
          errors.add(FieldError.of(field, "threshold-whole-number-of-db-hl"));
          return null;
        }
      }
      errors.add(FieldError.of(field, "threshold-number-of-db-hl-e-g"));
      return null;
    }

    private JsonObject object(JsonValue value, String field, String shape) {
      if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
        return null;
      }
      if (value instanceof JsonObject object) {
        return object;
      }
      errors.add(FieldError.of(field, "object-of-shape", shape));
      return null;
    }

    private void onlyMembers(JsonObject json, String field, Set<String> known, String shape) {
      for (String name : json.keySet()) {
        if (!known.contains(name)) {
          errors.add(FieldError.of(field + "." + name, "not-a-field-here-expected", shape));
        }
      }
    }

    private static String lastName(String field) {
      return field.substring(field.lastIndexOf('.') + 1);
    }
  }
}
