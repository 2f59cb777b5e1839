package org.alliancecare.web.internal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.alliancecare.directory.api.Caller;
import org.alliancecare.directory.api.DirectoryFacade;
import org.alliancecare.kernel.RecordNotFound;

/**
 * A journal entry of a child's history as a sentence an auditor reads, in the page's language: "Dr
 * Li Na recorded a hearing screening by pure-tone audiometry: REFER — …; right ear 47.5 dB HL
 * (four-frequency average)". Who acted is named by their account's display name; codes by the code
 * lists of the bundle; places and organisations by their names; instants in the user's time zone.
 * Each kind of entry has a sentence {@code history.sentence.<EventType>} with the event's members
 * as {@code {placeholders}}; kinds without one say who did what ({@code history.sentence.other}).
 */
@RequestScoped
public class HistorySentences {

  private static final Set<String> FOUR_FREQUENCIES = Set.of("500", "1000", "2000", "4000");

  @Inject Texts texts;
  @Inject Names names;
  @Inject Formats formats;
  @Inject DirectoryFacade directory;

  private final Map<String, String> displayNames = new HashMap<>();

  /** The sentence of an entry of {@code eventType} whose event is {@code event}. */
  public String of(String eventType, String actor, JsonObject event, Caller reader) {
    Map<String, String> values = new HashMap<>();
    for (Map.Entry<String, JsonValue> member : event.entrySet()) {
      if (member.getValue().getValueType() != JsonValue.ValueType.NULL) {
        values.put(member.getKey(), value(eventType, member.getKey(), member.getValue(), event));
      }
    }
    values.put("actor", actorName(actor, reader));
    values.put("event", names.code("event", eventType));
    values.put("milestone", milestone(event));
    List<String> reasons = strings(event.get("reasonCodes"));
    values.put(
        "reasons",
        reasons.isEmpty()
            ? ""
            : texts.text(
                "history.part.reasons",
                // a reason that holds for both ears is said once (issue 13, item 9): the
                // measurements part says which ear
                reasons.stream()
                    .map(r -> names.code("reason", r))
                    .distinct()
                    .collect(Collectors.joining("; "))));
    String measured = measurements(event.get("measurements"));
    values.put(
        "measurements",
        measured.isEmpty() ? "" : texts.text("history.part.measurements", measured));
    String sentence =
        texts
            .find("history.sentence." + eventType)
            .orElseGet(() -> texts.text("history.sentence.other"));
    return texts.fillForPage(sentence, values).strip();
  }

  private String actorName(String username, Caller reader) {
    if (username == null) {
      return "";
    }
    return displayNames.computeIfAbsent(
        username,
        u -> {
          try {
            return directory.account(u, reader).displayName();
          } catch (RecordNotFound e) {
            // an account the reader may not see (outside their scope): its username
            return u;
          }
        });
  }

  private String value(String eventType, String field, JsonValue value, JsonObject event) {
    return switch (field) {
      case "placeCode", "countyCode" -> names.place(text(value));
      case "toOrganisationId", "organisationId" -> names.organisation(text(value));
      case "sex" -> names.code("sex", text(value));
      case "kind" ->
          names.code(
              eventType.equals("PatientAttended") ? "attendanceKind" : "screeningKind",
              text(value));
      case "method" -> names.code("screeningMethod", text(value));
      case "result" -> names.code("outcome", text(value));
      case "urgency" -> names.code("urgency", text(value));
      case "specialty" -> names.code("specialty", text(value));
      case "sourceKind" -> names.code("sourceKind", text(value));
      case "scopes" -> joined(value, v -> names.code("consentScope", v));
      case "conditions", "condition" -> joined(value, v -> names.code("condition", v));
      case "fromStage", "toStage" -> names.code("stage", text(value));
      case "outcome" ->
          eventType.startsWith("Case") ? names.code("caseOutcome", text(value)) : text(value);
      case "changed" -> joined(value, v -> texts.find("field." + v).orElse(v));
      case "appointmentAt", "performedAt", "requestedAt" -> instant(text(value));
      default -> value instanceof JsonString || value instanceof JsonNumber ? text(value) : "";
    };
  }

  private String milestone(JsonObject event) {
    if (!event.containsKey("kind") || !event.containsKey("condition")) {
      return "";
    }
    String condition = event.getString("condition", null);
    String kind = event.getString("kind", null);
    String title = event.containsKey("title") ? event.getString("title", kind) : null;
    if (title == null) {
      return texts.find("milestoneTitle." + condition + "." + kind).orElse(kind);
    }
    return names.milestone(condition, kind, title);
  }

  /**
   * The measurements that a reader takes in at a glance: each eye's acuity as entered (corrected
   * too), each ear's four-frequency average or its outcome; nothing for other kinds (the raw entry
   * is in the details).
   */
  private String measurements(JsonValue value) {
    if (!(value instanceof JsonObject measured)) {
      return "";
    }
    List<String> parts = new ArrayList<>();
    String notation = null;
    for (String eye : List.of("rightEye", "leftEye")) {
      if (measured.get(eye) instanceof JsonObject acuity) {
        List<String> readings = new ArrayList<>();
        for (String correction : List.of("uncorrected", "corrected")) {
          if (acuity.get(correction) instanceof JsonObject reading
              && reading.containsKey("value")) {
            readings.add(
                (correction.equals("corrected") ? texts.text("history.corrected") + " " : "")
                    + text(reading.get("value")));
            notation = reading.getString("notation", notation);
          }
        }
        if (!readings.isEmpty()) {
          parts.add(texts.text("history." + eye) + " " + String.join(", ", readings));
        }
      }
    }
    for (String ear : List.of("rightEar", "leftEar")) {
      JsonValue hearing = measured.get(ear);
      if (hearing instanceof JsonString outcome) {
        parts.add(texts.text("history." + ear) + " " + names.code("outcome", outcome.getString()));
      } else if (hearing instanceof JsonObject thresholds
          && thresholds.keySet().containsAll(FOUR_FREQUENCIES)) {
        BigDecimal sum = BigDecimal.ZERO;
        for (String frequency : FOUR_FREQUENCIES) {
          if (!(thresholds.get(frequency) instanceof JsonNumber level)) {
            return String.join(", ", parts);
          }
          sum = sum.add(level.bigDecimalValue());
        }
        String average =
            sum.divide(BigDecimal.valueOf(4), 1, RoundingMode.HALF_UP)
                .stripTrailingZeros()
                .toPlainString();
        parts.add(texts.text("history.pta4", texts.text("history." + ear), average));
      }
    }
    String joined = String.join(", ", parts);
    if (notation != null && !joined.isEmpty()) {
      joined += " (" + names.code("notation", notation) + ")";
    }
    return joined;
  }

  private String instant(String text) {
    try {
      return formats.instant(Instant.parse(text));
    } catch (DateTimeParseException e) {
      return text;
    }
  }

  private static String joined(JsonValue value, Function<String, String> name) {
    if (value instanceof JsonArray) {
      return strings(value).stream().map(name).collect(Collectors.joining(", "));
    }
    return name.apply(text(value));
  }

  private static List<String> strings(JsonValue value) {
    if (!(value instanceof JsonArray array)) {
      return List.of();
    }
    return array.stream().map(HistorySentences::text).toList();
  }

  private static String text(JsonValue value) {
    return value instanceof JsonString string ? string.getString() : value.toString();
  }
}
