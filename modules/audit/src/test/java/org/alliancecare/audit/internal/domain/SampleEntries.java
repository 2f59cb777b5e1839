package org.alliancecare.audit.internal.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.alliancecare.audit.api.JournalEntry;

/** Journals built in memory with the real chaining, for tests of the rules over them. */
final class SampleEntries {

  static final Instant AT = Instant.parse("2026-05-04T03:00:00Z");

  private SampleEntries() {}

  /** A stream of {@code length} entries, with seqs starting at {@code firstSeq}, step 1. */
  static List<JournalEntry> stream(String type, String id, int length, long firstSeq) {
    List<JournalEntry> entries = new ArrayList<>();
    HashChain.Head head = null;
    for (int i = 0; i < length; i++) {
      JournalEntry entry =
          HashChain.next(
              head,
              type,
              id,
              "patient-" + id,
              "ScreeningRecorded",
              "{\"n\":" + i + "}",
              "dr.aysha",
              AT.plusSeconds(i),
              AT.plusSeconds(i).plusMillis(5));
      entry = with(entry, firstSeq + i);
      entries.add(entry);
      head = new HashChain.Head(entry.streamVersion(), entry.hash());
    }
    return entries;
  }

  static JournalEntry with(JournalEntry e, long seq) {
    return new JournalEntry(
        seq,
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

  static JournalEntry withPayload(JournalEntry e, String payload) {
    return new JournalEntry(
        e.seq(),
        e.streamType(),
        e.streamId(),
        e.streamVersion(),
        e.patientId(),
        e.eventType(),
        payload,
        e.actor(),
        e.occurredAt(),
        e.recordedAt(),
        e.prevHash(),
        e.hash());
  }

  static JournalEntry withHashes(JournalEntry e, String prevHash, String hash) {
    return new JournalEntry(
        e.seq(),
        e.streamType(),
        e.streamId(),
        e.streamVersion(),
        e.patientId(),
        e.eventType(),
        e.payload(),
        e.actor(),
        e.occurredAt(),
        e.recordedAt(),
        prevHash,
        hash);
  }
}
