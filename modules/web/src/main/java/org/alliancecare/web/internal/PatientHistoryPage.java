package org.alliancecare.web.internal;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.alliancecare.web.api.HistoryEntry;
import org.alliancecare.web.api.PatientHistories;

/**
 * A child's case history for an auditor: every journal entry of the child across the modules, each
 * with when (in the user's time zone), who, what happened as a sentence, and the raw entry behind a
 * "details" toggle — the timeline of {@code GET /api/patients/{id}/timeline} ({@link
 * PatientHistories}: the audit journal, registrations merged into the child included). The child
 * must be in the auditor's scope; reading it is access-logged.
 */
@Named
@ViewScoped
public class PatientHistoryPage extends PatientFormPage {

  private static final long serialVersionUID = 1L;

  /** Members of an event that every entry shows in its own columns. */
  static final Set<String> SHOWN_ELSEWHERE = Set.of("actor", "occurredAt");

  @Inject PatientHistories histories;
  @Inject Texts texts;
  @Inject HistorySentences sentences;

  private List<Entry> entries = List.of();

  /**
   * One line of the history: the journal entry as a sentence in the page's language, and, for its
   * details, what it changed, each member named in the page's language.
   */
  public record Entry(
      long seq,
      Instant occurredAt,
      String actor,
      String eventType,
      String streamType,
      long streamVersion,
      String sentence,
      List<Change> changes)
      implements Serializable {}

  /** A member of the event: its name in the page's language and its value. */
  public record Change(String field, String value) implements Serializable {}

  public void load() {
    if (Navigation.notFoundUnless(getPatientId())) {
      return;
    }
    if (!readPatient()) {
      return;
    }
    List<? extends HistoryEntry> journal = histories.of(patient.id(), caller.get());
    // as GET /api/patients/{id}/timeline logs it: each registration the entries belong to
    accessTrail.read("PatientTimeline", journal);
    if (journal.stream().noneMatch(e -> e.patientId().equals(patient.id()))) {
      accessTrail.readOf("PatientTimeline", patient.id());
    }
    List<Entry> lines = new ArrayList<>();
    for (HistoryEntry entry : journal) {
      lines.add(
          new Entry(
              entry.seq(),
              entry.occurredAt(),
              entry.actor(),
              entry.eventType(),
              entry.streamType(),
              entry.streamVersion(),
              sentences.of(entry.eventType(), entry.actor(), entry.payload(), caller.get()),
              changes(entry.payload())));
    }
    entries = lines;
  }

  private List<Change> changes(JsonObject event) {
    List<Change> changes = new ArrayList<>();
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

  public List<Entry> getEntries() {
    return entries;
  }
}
