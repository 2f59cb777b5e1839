package org.alliancecare.app.internal.timeline;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A sentence for each kind of journal entry that a patient's timeline shows, made from the facts
 * the event carries (ids, codes, dates, never a name). Kinds without a sentence of their own are
 * named by their event type, split into words ("Something happened").
 */
final class TimelineSummaries {

  private static final Map<String, Function<Fields, String>> SENTENCES =
      Map.ofEntries(
          Map.entry(
              "PatientRegistered",
              e ->
                  "Registered, living at "
                      + text(e, "placeCode")
                      + ", born "
                      + text(e, "birthDate")),
          Map.entry("PatientEdited", e -> "Details changed: " + list(e, "changed")),
          Map.entry(
              "ConsentGiven",
              e ->
                  "Guardian's consent to " + list(e, "scopes") + " given on " + text(e, "givenOn")),
          Map.entry("ConsentWithdrawn", e -> "Consent withdrawn on " + text(e, "withdrawnOn")),
          Map.entry(
              "ReminderPreferenceChanged",
              e ->
                  "The family's reminders: "
                      + ("true".equals(text(e, "optedOut")) ? "opted out" : "wanted")
                      + ", in "
                      + text(e, "language")),
          Map.entry(
              "PatientsMerged",
              e -> "Duplicate registration " + text(e, "duplicateId") + " merged into this one"),
          Map.entry(
              "PatientMergedAway",
              e -> "This registration was merged into patient " + text(e, "survivorId")),
          Map.entry(
              "PatientAttended",
              e -> "Seen at outreach clinic " + text(e, "clinicId") + " (" + text(e, "kind") + ")"),
          Map.entry(
              "AttendanceMovedToSurvivor",
              e -> "Attendance at clinic " + text(e, "clinicId") + " moved from the duplicate"),
          Map.entry(
              "ScreeningRecorded",
              e ->
                  word(e, "kind")
                      + " screening ("
                      + text(e, "method")
                      + "): "
                      + text(e, "result")
                      + (absent(e, "clinicId") ? "" : " at clinic " + text(e, "clinicId"))),
          Map.entry(
              "ScreeningCorrected",
              e ->
                  "Screening corrected (version "
                      + text(e, "version")
                      + " of "
                      + text(e, "correctsVersion")
                      + "): "
                      + text(e, "result")
                      + " — "
                      + text(e, "reason")),
          Map.entry(
              "ScreeningMovedToSurvivor", e -> "Screening moved from the duplicate registration"),
          Map.entry(
              "ReferralRequested",
              e ->
                  "Referral "
                      + text(e, "referralNumber")
                      + " requested ("
                      + text(e, "specialty")
                      + ", "
                      + text(e, "urgency")
                      + ", due "
                      + text(e, "dueOn")
                      + ") from "
                      + word(e, "sourceKind")
                      + " "
                      + text(e, "sourceId")),
          Map.entry("ReferralAccepted", e -> "Referral " + text(e, "referralNumber") + " accepted"),
          Map.entry(
              "ReferralScheduled",
              e ->
                  "Referral "
                      + text(e, "referralNumber")
                      + " scheduled for "
                      + text(e, "appointmentAt")),
          Map.entry(
              "ReferralCompleted",
              e ->
                  "Referral "
                      + text(e, "referralNumber")
                      + " completed on "
                      + text(e, "completedOn")
                      + ": "
                      + text(e, "outcome")),
          Map.entry(
              "ReferralDeclined",
              e -> "Referral " + text(e, "referralNumber") + " declined: " + text(e, "reason")),
          Map.entry(
              "ReferralCancelled",
              e -> "Referral " + text(e, "referralNumber") + " cancelled: " + text(e, "reason")),
          Map.entry(
              "ReferralReassigned",
              e -> "Referral " + text(e, "referralNumber") + " moved from the duplicate"),
          Map.entry(
              "CaseEnrolled",
              e ->
                  "Enrolled in "
                      + text(e, "programCode")
                      + " phase "
                      + text(e, "phase")
                      + " for "
                      + list(e, "conditions")
                      + ", case "
                      + text(e, "caseNumber")),
          Map.entry(
              "CaseCarriedOver",
              e ->
                  "Case "
                      + text(e, "caseNumber")
                      + " carried over from phase "
                      + text(e, "fromPhase")
                      + " to phase "
                      + text(e, "phase")),
          Map.entry(
              "CaseStageChanged",
              e ->
                  "Case "
                      + text(e, "caseNumber")
                      + " moved from "
                      + text(e, "fromStage")
                      + " to "
                      + text(e, "toStage")
                      + (absent(e, "outcome") ? "" : ", outcome " + text(e, "outcome"))),
          Map.entry(
              "CaseReassigned", e -> "Case " + text(e, "caseNumber") + " moved from the duplicate"),
          Map.entry(
              "MilestonePlanned",
              e -> "Milestone " + text(e, "kind") + " planned, due " + text(e, "dueOn")),
          Map.entry(
              "MilestoneRescheduled",
              e -> "Milestone " + text(e, "kind") + " now due " + text(e, "dueOn")),
          Map.entry(
              "MilestoneAchieved",
              e -> "Milestone " + text(e, "kind") + " achieved on " + text(e, "achievedOn")),
          Map.entry(
              "MilestoneSkipped",
              e -> "Milestone " + text(e, "kind") + " skipped: " + text(e, "reason")));

  /**
   * The facts of an event by name: a parsed payload, or the few fields read from the stored text
   * ({@link PayloadFields}) so that a timeline does not parse every payload whole.
   */
  @FunctionalInterface
  interface Fields {
    /** The field's value, {@code null} when the event has no such field. */
    JsonValue get(String name);
  }

  private TimelineSummaries() {}

  static String of(String eventType, JsonObject payload) {
    return of(eventType, payload::get);
  }

  static String of(String eventType, Fields payload) {
    Function<Fields, String> sentence = SENTENCES.get(eventType);
    return sentence == null ? words(eventType) : sentence.apply(payload);
  }

  /** {@code CaseEnrolled} → "Case enrolled". */
  static String words(String eventType) {
    String spaced = eventType.replaceAll("(?<=[a-z0-9])(?=[A-Z])", " ").toLowerCase(Locale.ROOT);
    return spaced.isEmpty()
        ? spaced
        : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
  }

  private static boolean absent(Fields event, String field) {
    JsonValue value = event.get(field);
    return value == null || value.getValueType() == JsonValue.ValueType.NULL;
  }

  private static String text(Fields event, String field) {
    JsonValue value = event.get(field);
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return "–";
    }
    return value instanceof JsonString string ? string.getString() : value.toString();
  }

  /** An enum constant as a word: {@code HEARING} → "Hearing". */
  private static String word(Fields event, String field) {
    String lower = text(event, field).toLowerCase(Locale.ROOT).replace('_', ' ');
    return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
  }

  private static String list(Fields event, String field) {
    JsonValue value = event.get(field);
    if (!(value instanceof JsonArray array)) {
      return text(event, field);
    }
    return array.stream()
        .map(v -> v instanceof JsonString s ? s.getString() : v.toString())
        .sorted()
        .collect(Collectors.joining(", "));
  }
}
