package org.alliancecare.web.api;

import jakarta.json.JsonObject;
import java.time.Instant;
import org.alliancecare.kernel.PersonalRecord;

/** One thing that happened to a patient, as the audit journal recorded it. */
public interface HistoryEntry extends PersonalRecord {

  /** The entry's place in the journal; the history's order. */
  long seq();

  Instant occurredAt();

  /** Who did it (a username, or {@code system}). */
  String actor();

  /** The kind of record it changed ({@code Patient}, {@code Screening}, …). */
  String streamType();

  /** The change's number in that record's history. */
  long streamVersion();

  /** What happened. */
  String eventType();

  /** What changed: the event as the journal holds it. */
  JsonObject payload();
}
