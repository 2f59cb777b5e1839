package org.alliancecare.audit.api;

import java.time.Instant;

/**
 * Filters of the auditor's journal query; {@code null} means "any". {@code from} is inclusive and
 * {@code to} exclusive, both on {@code occurredAt}.
 */
public record JournalQuery(
    String streamType, String streamId, String patientId, String actor, Instant from, Instant to) {

  public static JournalQuery all() {
    return new JournalQuery(null, null, null, null, null, null);
  }

  public static JournalQuery ofPatient(String patientId) {
    return new JournalQuery(null, null, patientId, null, null, null);
  }
}
