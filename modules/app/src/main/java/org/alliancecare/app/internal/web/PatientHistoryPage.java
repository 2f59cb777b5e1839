package org.alliancecare.app.internal.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.Serializable;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.alliancecare.audit.api.AuditFacade;
import org.alliancecare.audit.api.JournalEntry;
import org.alliancecare.directory.api.CurrentCaller;
import org.alliancecare.patients.api.PatientView;
import org.alliancecare.patients.api.PatientsFacade;

/**
 * A child's case history for an auditor: every journal entry of the child across the modules
 * ({@link AuditFacade#timeline}), each with when, who, what happened and what changed. The child
 * must be in the auditor's scope; reading the history is access-logged.
 */
@Named
@ViewScoped
public class PatientHistoryPage implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Members of an event that every entry shows in its own columns. */
  static final Set<String> SHOWN_ELSEWHERE = Set.of("actor", "occurredAt");

  @Inject transient PatientsFacade patients;
  @Inject transient AuditFacade audit;
  @Inject transient CurrentCaller caller;
  @Inject transient AccessTrail accessTrail;
  @Inject transient Feedback feedback;
  @Inject transient Texts texts;

  private String patientId;
  private PatientView patient;
  private List<Entry> entries = List.of();

  /**
   * One line of the history: the journal entry and what it changed, each member named in the page's
   * language.
   */
  public record Entry(
      long seq,
      Instant occurredAt,
      String actor,
      String eventType,
      String streamType,
      long streamVersion,
      List<Change> changes)
      implements Serializable {}

  /** A member of the event: its name in the page's language and its value. */
  public record Change(String field, String value) implements Serializable {}

  public void load() {
    patient = feedback.attempt(() -> patients.patient(patientId, caller.get())).orElse(null);
    if (patient == null) {
      return;
    }
    accessTrail.read("Patient", patient);
    List<JournalEntry> journal = audit.timeline(patient.id());
    accessTrail.readOf("PatientTimeline", patient.id());
    List<Entry> lines = new ArrayList<>();
    for (JournalEntry entry : journal) {
      lines.add(
          new Entry(
              entry.seq(),
              entry.occurredAt(),
              entry.actor(),
              entry.eventType(),
              entry.streamType(),
              entry.streamVersion(),
              changes(entry.payload())));
    }
    entries = lines;
  }

  private List<Change> changes(String payload) {
    List<Change> changes = new ArrayList<>();
    JsonObject event;
    try (JsonReader reader = Json.createReader(new StringReader(payload))) {
      event = reader.readObject();
    } catch (JsonParsingException tampered) {
      // a payload that is no longer JSON was changed behind the application's back: show it as is
      changes.add(new Change(texts.text("history.payload"), payload));
      return changes;
    }
    for (Map.Entry<String, JsonValue> member : event.entrySet()) {
      if (SHOWN_ELSEWHERE.contains(member.getKey())
          || member.getValue().getValueType() == JsonValue.ValueType.NULL) {
        continue;
      }
      String label = texts.find("field." + member.getKey()).orElse(member.getKey());
      changes.add(new Change(label, text(member.getValue())));
    }
    return changes;
  }

  private static String text(JsonValue value) {
    return value instanceof JsonString string ? string.getString() : value.toString();
  }

  public String getPatientId() {
    return patientId;
  }

  public void setPatientId(String patientId) {
    this.patientId = patientId;
  }

  public PatientView getPatient() {
    return patient;
  }

  public List<Entry> getEntries() {
    return entries;
  }
}
