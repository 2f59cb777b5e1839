package org.alliancecare.app.internal.timeline;

import jakarta.json.JsonObject;
import java.time.Instant;
import org.alliancecare.web.api.HistoryEntry;

/**
 * One thing that happened to a patient, as the journal recorded it.
 *
 * @param seq the entry's place in the journal; the timeline's order
 * @param occurredAt when it happened
 * @param recordedAt when the journal recorded it
 * @param actor who did it (a username, or {@code system})
 * @param streamType the kind of record it changed ({@code Patient}, {@code Screening}, {@code
 *     Referral}, {@code RehabilitationCase}, {@code Clinic} …)
 * @param streamId that record's id
 * @param streamVersion the change's number in that record's history
 * @param eventType what happened
 * @param patientId the registration it was recorded under: the patient's own, or that of a
 *     duplicate registration merged into the patient
 * @param summary what happened, in a sentence
 * @param payload what changed: the event as the journal holds it
 */
public record TimelineEntry(
    long seq,
    Instant occurredAt,
    Instant recordedAt,
    String actor,
    String streamType,
    String streamId,
    long streamVersion,
    String eventType,
    String patientId,
    String summary,
    JsonObject payload)
    implements HistoryEntry {

  /**
   * The journal's sequence number: cheap, and consistent with the record's {@code equals}. JSON-B
   * (Yasson) hashes every object it writes to detect cycles, and the record's own hash code walked
   * the whole payload.
   */
  @Override
  public int hashCode() {
    return Long.hashCode(seq);
  }
}
