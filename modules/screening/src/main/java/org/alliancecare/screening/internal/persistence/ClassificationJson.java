package org.alliancecare.screening.internal.persistence;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import org.alliancecare.screening.api.Outcome;
import org.alliancecare.screening.internal.domain.classification.Classification;
import org.alliancecare.screening.internal.domain.classification.GbHearingDisabilityGrade;
import org.alliancecare.screening.internal.domain.classification.GbVisionDisabilityGrade;
import org.alliancecare.screening.internal.domain.classification.Icd11VisionCategory;
import org.alliancecare.screening.internal.domain.classification.PureToneAverage;
import org.alliancecare.screening.internal.domain.classification.Reason;
import org.alliancecare.screening.internal.domain.classification.ReasonCode;
import org.alliancecare.screening.internal.domain.classification.WhoHearingGrade;

/**
 * A classification as stored in {@code screening_version.classification}: every field that applies,
 * numbers as exact decimal text ({@code "0.30"}, {@code "19.75"}), categories by name.
 */
final class ClassificationJson {

  /** Looked up once: {@code Json.create…} looks the provider up again on every call. */
  private static final JsonProvider JSON = JsonProvider.provider();

  private ClassificationJson() {}

  static JsonObject write(Classification classification) {
    JsonObjectBuilder json =
        JSON.createObjectBuilder()
            .add("result", classification.result().name())
            .add("ruleSetId", classification.ruleSetId());
    putDecimal(json, "betterEyeLogMar", classification.betterEyeLogMar());
    putName(json, "icd11VisionCategory", classification.icd11VisionCategory());
    putName(json, "gbVisionDisabilityGrade", classification.gbVisionDisabilityGrade());
    if (classification.provisional() != null) {
      json.add("provisional", classification.provisional());
    }
    putDecimal(json, "pta4Right", decibels(classification.pta4Right()));
    putDecimal(json, "pta4Left", decibels(classification.pta4Left()));
    putName(json, "whoHearingGrade", classification.whoHearingGrade());
    putName(json, "gbHearingDisabilityGrade", classification.gbHearingDisabilityGrade());
    json.add("reasons", reasons(classification.reasons()));
    json.add("notes", reasons(classification.notes()));
    return json.build();
  }

  static Classification read(JsonObject json) {
    return new Classification(
        Outcome.valueOf(json.getString("result")),
        json.getString("ruleSetId"),
        decimal(json, "betterEyeLogMar"),
        name(json, "icd11VisionCategory", Icd11VisionCategory::valueOf),
        name(json, "gbVisionDisabilityGrade", GbVisionDisabilityGrade::valueOf),
        json.containsKey("provisional") ? json.getBoolean("provisional") : null,
        average(json, "pta4Right"),
        average(json, "pta4Left"),
        name(json, "whoHearingGrade", WhoHearingGrade::valueOf),
        name(json, "gbHearingDisabilityGrade", GbHearingDisabilityGrade::valueOf),
        reasons(json.getJsonArray("reasons")),
        reasons(json.getJsonArray("notes")));
  }

  private static JsonArrayBuilder reasons(List<Reason> reasons) {
    JsonArrayBuilder array = JSON.createArrayBuilder();
    for (Reason reason : reasons) {
      array.add(
          JSON.createObjectBuilder().add("code", reason.code().name()).add("text", reason.text()));
    }
    return array;
  }

  private static List<Reason> reasons(JsonArray array) {
    if (array == null) {
      return List.of();
    }
    return array.getValuesAs(JsonObject.class).stream()
        .map(
            reason ->
                new Reason(ReasonCode.valueOf(reason.getString("code")), reason.getString("text")))
        .toList();
  }

  private static BigDecimal decibels(PureToneAverage average) {
    return average == null ? null : average.dbHl();
  }

  private static void putDecimal(JsonObjectBuilder json, String name, BigDecimal value) {
    if (value != null) {
      json.add(name, value.toPlainString());
    }
  }

  private static void putName(JsonObjectBuilder json, String name, Enum<?> value) {
    if (value != null) {
      json.add(name, value.name());
    }
  }

  private static BigDecimal decimal(JsonObject json, String name) {
    JsonValue value = json.get(name);
    return value == null || value.getValueType() == JsonValue.ValueType.NULL
        ? null
        : new BigDecimal(json.getString(name));
  }

  private static PureToneAverage average(JsonObject json, String name) {
    BigDecimal decibels = decimal(json, name);
    return decibels == null ? null : new PureToneAverage(decibels);
  }

  private static <E> E name(JsonObject json, String name, Function<String, E> valueOf) {
    JsonValue value = json.get(name);
    return value == null || value.getValueType() == JsonValue.ValueType.NULL
        ? null
        : valueOf.apply(json.getString(name));
  }
}
