package org.alliancecare.screening.internal.offline;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import java.io.StringReader;
import java.time.LocalDate;
import org.alliancecare.kernel.InvalidInput;
import org.alliancecare.screening.api.ScreeningKind;
import org.alliancecare.screening.api.ScreeningMethod;
import org.alliancecare.screening.internal.application.ScreeningViews;
import org.alliancecare.screening.internal.domain.MeasurementsJson;
import org.alliancecare.screening.internal.domain.classification.Classification;
import org.alliancecare.screening.internal.domain.classification.ScreeningClassifier;
import org.alliancecare.screening.internal.persistence.RuleSetJson;

/**
 * What the server answers for a request of the offline contract, computed on the JVM the way {@code
 * POST /api/screenings} computes it: the JSON-P provider's {@code measurements}, ScreeningService's
 * order (the method check, then {@link MeasurementsJson#read} and the classifier with {@link
 * LocalDate}s), and the classification serialised by JSON-B as the API's JsonBinding does (absent
 * values left out).
 */
final class ServerClassification {

  private static final Jsonb API_JSON =
      JsonbBuilder.create(new JsonbConfig().withNullValues(false));

  private ServerClassification() {}

  static JsonValue answer(JsonObject request) {
    JsonObject parameters = request.getJsonObject("ruleSet");
    ScreeningClassifier classifier =
        new ScreeningClassifier(RuleSetJson.read(parameters.getString("id"), parameters));
    ScreeningKind kind = ScreeningKind.valueOf(request.getString("kind"));
    ScreeningMethod method = ScreeningMethod.valueOf(request.getString("method"));
    LocalDate birthDate = LocalDate.parse(request.getString("birthDate"));
    LocalDate screenedOn = LocalDate.parse(request.getString("screenedOn"));
    JsonObject measurements = request.getJsonObject("measurements");
    try {
      ScreeningClassifier.requireScreenedBy(kind, method);
      MeasurementsJson.Reading reading = MeasurementsJson.read(method, measurements);
      Classification classification =
          reading.classify(
              () ->
                  classifier.classify(kind, method, birthDate, screenedOn, reading.measurements()));
      return Json.createObjectBuilder()
          .add("result", classification.result().name())
          .add("ruleSet", classification.ruleSetId())
          .add(
              "classification",
              parse(API_JSON.toJson(ScreeningViews.classification(classification))))
          .build();
    } catch (InvalidInput refused) {
      JsonArrayBuilder errors = Json.createArrayBuilder();
      refused
          .errors()
          .forEach(
              error ->
                  errors.add(
                      Json.createObjectBuilder()
                          .add("field", error.field())
                          .add("message", error.message())));
      return Json.createObjectBuilder().add("errors", errors).build();
    }
  }

  static JsonValue parse(String json) {
    try (var reader = Json.createReader(new StringReader(json))) {
      return reader.readValue();
    }
  }
}
