package org.alliancecare.screening.api;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.Serializable;
import java.io.StringReader;
import java.time.Instant;

/**
 * One version of a screening: version 1 as recorded, each later one a correction that names the
 * version it corrects and why.
 */
public record ScreeningVersionView(
    long version,
    JsonObject measurements,
    String notes,
    Outcome result,
    ClassificationView classification,
    String ruleSet,
    Long correctsVersion,
    String correctionReason,
    String recordedBy,
    Instant recordedAt)
    implements Serializable {

  /** Its measurements travel as JSON text when serialized, as {@link ScreeningView}'s do. */
  @java.io.Serial
  private Object writeReplace() {
    return measurements == null
        ? this
        : new SerialForm(withMeasurements(null), measurements.toString());
  }

  private ScreeningVersionView withMeasurements(JsonObject replaced) {
    return new ScreeningVersionView(
        version,
        replaced,
        notes,
        result,
        classification,
        ruleSet,
        correctsVersion,
        correctionReason,
        recordedBy,
        recordedAt);
  }

  /** The serialized form: the version without its measurements, and those as JSON text. */
  private record SerialForm(ScreeningVersionView screening, String measurements)
      implements Serializable {
    @java.io.Serial
    private Object readResolve() {
      try (JsonReader reader = Json.createReader(new StringReader(measurements))) {
        return screening.withMeasurements(reader.readObject());
      }
    }
  }
}
