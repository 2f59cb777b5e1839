package org.alliancecare.screening.internal.offline;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.alliancecare.kernel.InvalidInput;
import org.alliancecare.kernel.InvalidInput.FieldError;
import org.alliancecare.screening.api.ClassificationView;
import org.alliancecare.screening.api.ReasonView;
import org.alliancecare.screening.api.ScreeningKind;
import org.alliancecare.screening.api.ScreeningMethod;
import org.alliancecare.screening.internal.application.ScreeningViews;
import org.alliancecare.screening.internal.domain.MeasurementsJson;
import org.alliancecare.screening.internal.domain.classification.CalendarDay;
import org.alliancecare.screening.internal.domain.classification.Classification;
import org.alliancecare.screening.internal.domain.classification.RuleSet;
import org.alliancecare.screening.internal.domain.classification.ScreeningClassifier;
import org.alliancecare.screening.internal.persistence.RuleSetJson;
import org.teavm.jso.JSExport;

/**
 * The server's screening classification for the offline field app: this class and everything it
 * reaches are compiled to JavaScript by TeaVM (modules/screening/pom.xml) into the ES module {@code
 * /field/classification.js}, so that a screening recorded without a network gets the result the
 * server will compute, from the same code: {@link MeasurementsJson}'s reading rules, the {@link
 * ScreeningClassifier} and the API's view of a classification ({@link ScreeningViews}). Only the
 * JSON text is read by an adapter of its own ({@link JsonText}), because the JSON-P provider does
 * not compile to JavaScript. {@code OfflineClassificationAgreementIT} holds the compiled module to
 * the Java engine on every case of the classifier tests and a generated grid.
 *
 * <p>The contract, {@code import {classify} from "/field/classification.js"}; {@code
 * classify(requestJson: string): string}:
 *
 * <pre>
 * request  {"ruleSet": {"id": "child-screening-2021.1", "optotypeFromAge": 3,
 *             "acuityLimits": [{"fromAge": 3, "decimal": "0.5"}, …],
 *             "interocularDifferenceLogMar": "0.20", "referAtPta4DbHl": "20"},
 *           "kind": "VISION|HEARING|SPEECH",
 *           "method": "OPTOTYPE|INSTRUMENT|CLINICIAN|OAE|AABR|PURE_TONE",
 *           "birthDate": "YYYY-MM-DD", "screenedOn": "YYYY-MM-DD",
 *           "measurements": {the measurements of API.md for the method}}
 * answer   {"result": "PASS|REFER", "ruleSet": "&lt;id&gt;", "classification": {…}}
 *      or  {"errors": [{"field": "measurements.rightEye.uncorrected.value", "message": "…"}, …]}
 * </pre>
 *
 * <p>{@code ruleSet} is a rule set's {@code id} with its parameters as stored in {@code
 * screening.rule_set.parameters} (decimals as text). {@code screenedOn} is the day of the screening
 * in the clinic's time zone (the server reads {@code performedAt} in China's). {@code
 * classification} is the JSON that {@code POST /api/screenings} answers as its {@code
 * classification}: the same members (absent when they do not apply), reason codes and texts, and
 * numbers. {@code errors} names the same fields with the same messages as the server's problem for
 * the same input (a screening dated before the birth is named {@code performedAt}, as there);
 * besides those, a request that is not JSON is named {@code request}, an unreadable rule set {@code
 * ruleSet}, and a bad date {@code birthDate} or {@code screenedOn}. The function never throws for
 * bad input.
 */
public final class OfflineClassification {

  private OfflineClassification() {}

  /**
   * Classifies one screening as the server does; see the class documentation for the JSON.
   *
   * @param requestJson the request as JSON text
   * @return the classification or the bad fields, as JSON text
   */
  @JSExport
  public static String classify(String requestJson) {
    try {
      return answer(classification(requestJson));
    } catch (InvalidInput refused) {
      return errors(refused.errors());
    }
  }

  private static Classification classification(String requestJson) {
    JsonObject request = request(requestJson);
    List<FieldError> errors = new ArrayList<>();
    RuleSet ruleSet = ruleSet(request.get("ruleSet"), errors);
    ScreeningKind kind =
        name(request, "kind", ScreeningKind.values(), "kind-required-one-of", errors);
    ScreeningMethod method =
        name(request, "method", ScreeningMethod.values(), "method-required-one-of", errors);
    CalendarDay birthDate = day(request, "birthDate", errors);
    CalendarDay screenedOn = day(request, "screenedOn", errors);
    JsonValue measurements = request.get("measurements");
    if (measurements != null
        && measurements.getValueType() != JsonValue.ValueType.NULL
        && !(measurements instanceof JsonObject)) {
      errors.add(FieldError.of("measurements", "must-object"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
    ScreeningClassifier.requireScreenedBy(kind, method);
    MeasurementsJson.Reading reading =
        MeasurementsJson.read(method, measurements instanceof JsonObject object ? object : null);
    ScreeningClassifier classifier = new ScreeningClassifier(ruleSet);
    return reading.classify(
        () -> classifier.classify(kind, method, birthDate, screenedOn, reading.measurements()));
  }

  private static JsonObject request(String requestJson) {
    JsonValue request;
    try {
      request = JsonText.parse(requestJson);
    } catch (IllegalArgumentException notJson) {
      throw new InvalidInput("request", notJson.getMessage());
    }
    if (!(request instanceof JsonObject object)) {
      throw InvalidInput.of("request", "must-object-ruleset-kind-method");
    }
    return object;
  }

  private static RuleSet ruleSet(JsonValue value, List<FieldError> errors) {
    if (!(value instanceof JsonObject parameters)
        || !(parameters.get("id") instanceof JsonString)) {
      errors.add(FieldError.of("ruleSet", "rule-set-id-parameters-required"));
      return null;
    }
    try {
      return RuleSetJson.read(parameters.getString("id"), parameters);
    } catch (RuntimeException unreadable) {
      errors.add(FieldError.of("ruleSet", "not-rule-set-parameters"));
      return null;
    }
  }

  private static <E extends Enum<E>> E name(
      JsonObject request, String field, E[] constants, String required, List<FieldError> errors) {
    JsonValue value = request.get(field);
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      errors.add(FieldError.of(field, required, Arrays.toString(constants)));
      return null;
    }
    if (value instanceof JsonString text) {
      for (E constant : constants) {
        if (constant.name().equals(text.getString())) {
          return constant;
        }
      }
    }
    errors.add(FieldError.of(field, "one-of", Arrays.toString(constants)));
    return null;
  }

  /** A day written {@code YYYY-MM-DD}, as the API writes dates. */
  private static CalendarDay day(JsonObject request, String field, List<FieldError> errors) {
    JsonValue value = request.get(field);
    String text = value instanceof JsonString string ? string.getString() : null;
    if (text == null || !isIsoDay(text)) {
      errors.add(FieldError.of(field, "date-required-written-yyyy-mm-dd"));
      return null;
    }
    try {
      return new CalendarDay(
          Integer.parseInt(text.substring(0, 4)),
          Integer.parseInt(text.substring(5, 7)),
          Integer.parseInt(text.substring(8, 10)));
    } catch (IllegalArgumentException noSuchDay) {
      errors.add(FieldError.of(field, "no-such-day", text));
      return null;
    }
  }

  private static boolean isIsoDay(String text) {
    if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (i != 4 && i != 7 && (c < '0' || c > '9')) {
        return false;
      }
    }
    return true;
  }

  /**
   * The answer, members in the order the API's JSON-B writes them (by name), absent values left out
   * as there.
   */
  private static String answer(Classification classification) {
    ClassificationView view = ScreeningViews.classification(classification);
    StringBuilder json = new StringBuilder("{\"classification\":{");
    Members members = new Members(json);
    members.number("betterEyeLogMar", view.betterEyeLogMar());
    members.text("gbHearingDisabilityGrade", view.gbHearingDisabilityGrade());
    members.text("gbVisionDisabilityGrade", view.gbVisionDisabilityGrade());
    members.text("icd11VisionCategory", view.icd11VisionCategory());
    members.reasons("notes", view.notes());
    if (view.provisional() != null) {
      members.raw("provisional", view.provisional().toString());
    }
    members.number("pta4Left", view.pta4Left());
    members.number("pta4Right", view.pta4Right());
    members.reasons("reasons", view.reasons());
    members.text("whoHearingGrade", view.whoHearingGrade());
    json.append("},\"result\":")
        .append(JsonText.quote(classification.result().name()))
        .append(",\"ruleSet\":")
        .append(JsonText.quote(classification.ruleSetId()))
        .append('}');
    return json.toString();
  }

  private static String errors(List<FieldError> errors) {
    StringBuilder json = new StringBuilder("{\"errors\":[");
    for (int i = 0; i < errors.size(); i++) {
      FieldError error = errors.get(i);
      json.append(i == 0 ? "" : ",")
          .append("{\"field\":")
          .append(JsonText.quote(error.field()))
          .append(",\"message\":")
          .append(JsonText.quote(error.message()))
          .append('}');
    }
    return json.append("]}").toString();
  }

  /** The members of one JSON object, written one after the other. */
  private static final class Members {

    private final StringBuilder json;
    private boolean first = true;

    Members(StringBuilder json) {
      this.json = json;
    }

    void raw(String name, String value) {
      json.append(first ? "" : ",").append(JsonText.quote(name)).append(':').append(value);
      first = false;
    }

    void text(String name, String value) {
      if (value != null) {
        raw(name, JsonText.quote(value));
      }
    }

    void number(String name, BigDecimal value) {
      if (value != null) {
        raw(name, value.toString());
      }
    }

    void reasons(String name, List<ReasonView> reasons) {
      if (reasons == null) {
        return;
      }
      StringBuilder list = new StringBuilder("[");
      for (int i = 0; i < reasons.size(); i++) {
        ReasonView reason = reasons.get(i);
        list.append(i == 0 ? "" : ",")
            .append("{\"code\":")
            .append(JsonText.quote(reason.code()))
            .append(",\"text\":")
            .append(JsonText.quote(reason.text()))
            .append('}');
      }
      raw(name, list.append(']').toString());
    }
  }
}
