package org.alliancecare.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.alliancecare.audit.api.JournalEntry;
import org.alliancecare.audit.internal.application.EventPayload;
import org.alliancecare.audit.internal.domain.HashChain;
import org.alliancecare.kernel.events.DomainEvent;

/**
 * Journal entries of generated histories, chained and hashed exactly as the audit module's {@code
 * JournalRecorder} does (the payload is {@link EventPayload#of}, the chain {@link HashChain#next}),
 * so that {@code POST /api/audit/verify} accepts them. Each stream's events are given in the order
 * they happened; the entries of a batch are copied in the order of their {@code occurredAt}, so
 * that one child's entries are spread among the others' as in a journal written over the years.
 */
final class Journal {

  private static final String COLUMNS =
      "stream_type, stream_id, stream_version, patient_id, event_type, payload, actor,"
          + " occurred_at, recorded_at, prev_hash, hash";

  private final List<JournalEntry> entries = new ArrayList<>();

  /**
   * Chains the events of one stream (in the order given) after {@code head} ({@code null} for a new
   * stream) and answers the new head.
   */
  HashChain.Head stream(HashChain.Head head, List<? extends DomainEvent> events) {
    HashChain.Head current = head;
    for (DomainEvent event : events) {
      Instant occurred = event.occurredAt();
      JournalEntry entry =
          HashChain.next(
              current,
              event.streamType(),
              event.streamId(),
              event.patientId().orElse(null),
              event.eventType(),
              EventPayload.of(event),
              event.actor(),
              occurred,
              occurred.plusMillis(40));
      entries.add(entry);
      current = new HashChain.Head(entry.streamVersion(), entry.hash());
    }
    return current;
  }

  int size() {
    return entries.size();
  }

  /** Copies the entries in the order they happened (stream order kept for equal instants). */
  long send(Connection connection) throws SQLException {
    entries.sort(Comparator.comparing(JournalEntry::occurredAt));
    CopyRows rows = new CopyRows("audit.journal_entry", COLUMNS);
    for (JournalEntry e : entries) {
      rows.values(
          e.streamType(),
          e.streamId(),
          e.streamVersion(),
          e.patientId(),
          e.eventType(),
          e.payload(),
          e.actor(),
          e.occurredAt(),
          e.recordedAt(),
          e.prevHash(),
          e.hash());
    }
    entries.clear();
    return rows.send(connection);
  }
}
