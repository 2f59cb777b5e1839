package org.alliancecare.audit.api;

import java.time.Instant;

/**
 * One entry of the journal: a domain event as it was recorded, the {@code streamVersion}-th entry
 * of its stream, chained to the entry before it by {@code prevHash}.
 *
 * @param seq the entry's place in the whole journal (not covered by the hash)
 * @param patientId the patient whose record this is, or {@code null}
 * @param payload the event as canonical JSON (sorted keys), exactly the text that was hashed
 * @param hash {@code SHA-256(prevHash ‖ canonical entry)} in lower-case hex
 */
public record JournalEntry(
    long seq,
    String streamType,
    String streamId,
    long streamVersion,
    String patientId,
    String eventType,
    String payload,
    String actor,
    Instant occurredAt,
    Instant recordedAt,
    String prevHash,
    String hash) {}
