package org.alliancecare.app.internal.timeline;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.alliancecare.audit.api.AuditFacade;
import org.alliancecare.audit.api.JournalEntry;
import org.alliancecare.directory.api.Caller;
import org.alliancecare.kernel.InvalidInput;
import org.alliancecare.kernel.Page;
import org.alliancecare.kernel.PageRequest;
import org.alliancecare.patients.api.PatientsFacade;
import org.alliancecare.web.api.PatientHistories;

/**
 * Everything that happened to a patient, from the audit journal (indexed by patient), oldest first:
 * the journal entries of the patient and of every duplicate registration merged into it (found
 * through the {@code PatientsMerged} entries of its history, and theirs in turn), so that a merge
 * does not cut a child's history in two. A duplicate's own timeline is its history up to the merge,
 * which ends with the entry naming the survivor.
 */
@ApplicationScoped
public class PatientTimeline implements PatientHistories {

  /**
   * Looked up once: {@code Json.createReader} looks the provider up again on every call, and the
   * web UI's history parses every entry's payload.
   */
  private static final JsonProvider JSON = JsonProvider.provider();

  private static final String MERGED = "PatientsMerged";
  private static final String PATIENT_STREAM = "Patient";

  @Inject PatientsFacade patients;
  @Inject AuditFacade audit;

  /** The patient's whole timeline, as the web UI's history page shows it. */
  @Override
  public List<TimelineEntry> of(String patientId, Caller caller) {
    return of(patientId, null, null, caller).items();
  }

  /**
   * The patient's timeline: whole, or when {@code limit} or {@code cursor} is given, the page of it
   * after the cursor. Missing or outside the caller's scope → {@link
   * org.alliancecare.kernel.RecordNotFound}.
   */
  public Page<TimelineEntry> of(String patientId, Integer limit, String cursor, Caller caller) {
    return page(patientId, limit, cursor, caller).map(this::entry);
  }

  /**
   * The same page as {@link #of(String, Integer, String, Caller)}, written as the API answers it:
   * each entry's payload is copied as the journal stores it instead of being parsed and written
   * again.
   */
  public TimelineDocument document(String patientId, Integer limit, String cursor, Caller caller) {
    Page<JournalEntry> page = page(patientId, limit, cursor, caller);
    Set<String> registrations = new LinkedHashSet<>();
    for (JournalEntry entry : page.items()) {
      registrations.add(entry.patientId());
    }
    return new TimelineDocument(
        TimelineJson.of(page),
        registrations.stream().map(TimelineDocument.Registration::new).toList());
  }

  private Page<JournalEntry> page(String patientId, Integer limit, String cursor, Caller caller) {
    patients.requireVisible(patientId, caller);
    List<JournalEntry> entries = history(patientId);
    if (limit == null && (cursor == null || cursor.isBlank())) {
      return new Page<>(entries, null);
    }
    PageRequest page = PageRequest.of(limit, cursor);
    long after = after(page);
    List<JournalEntry> rest =
        entries.stream().filter(e -> e.seq() > after).limit(page.fetchSize()).toList();
    return page.toPage(rest, e -> Long.toString(e.seq()));
  }

  /** The journal entries of the patient and of the registrations merged into it, by seq. */
  private List<JournalEntry> history(String patientId) {
    Map<Long, JournalEntry> bySeq = new TreeMap<>();
    Deque<String> registrations = new ArrayDeque<>(List.of(patientId));
    Set<String> read = new HashSet<>();
    while (!registrations.isEmpty()) {
      String registration = registrations.pop();
      if (!read.add(registration)) {
        continue;
      }
      for (JournalEntry entry : audit.timeline(registration)) {
        bySeq.put(entry.seq(), entry);
        if (MERGED.equals(entry.eventType())
            && PATIENT_STREAM.equals(entry.streamType())
            && registration.equals(entry.streamId())) {
          String duplicate = PayloadFields.of(entry.payload()).string("duplicateId");
          if (duplicate != null) {
            registrations.push(duplicate);
          }
        }
      }
    }
    return new ArrayList<>(bySeq.values());
  }

  private TimelineEntry entry(JournalEntry entry) {
    JsonObject payload = payload(entry);
    return new TimelineEntry(
        entry.seq(),
        entry.occurredAt(),
        entry.recordedAt(),
        entry.actor(),
        entry.streamType(),
        entry.streamId(),
        entry.streamVersion(),
        entry.eventType(),
        entry.patientId(),
        TimelineSummaries.of(entry.eventType(), payload),
        payload);
  }

  private static JsonObject payload(JournalEntry entry) {
    try (JsonReader reader = JSON.createReader(new StringReader(entry.payload()))) {
      return reader.readObject();
    }
  }

  private static long after(PageRequest page) {
    if (page.after() == null) {
      return 0;
    }
    try {
      return Long.parseLong(page.after());
    } catch (NumberFormatException e) {
      throw InvalidInput.of("cursor", "cursor-not-handed-out");
    }
  }
}
