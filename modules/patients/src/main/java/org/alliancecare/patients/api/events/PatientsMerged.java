package org.alliancecare.patients.api.events;

import java.time.Instant;
import java.util.Optional;
import org.alliancecare.kernel.events.DomainEvent;

/**
 * A duplicate registration was merged into the surviving patient. Every module that refers to
 * patients observes it in the same transaction and moves its records from {@code duplicateId} to
 * {@code survivorId}. Journaled on the survivor's stream; {@link PatientMergedAway} goes on the
 * duplicate's.
 */
public record PatientsMerged(
    String survivorId, String duplicateId, String actor, Instant occurredAt)
    implements DomainEvent {

  @Override
  public String streamType() {
    return "Patient";
  }

  @Override
  public String streamId() {
    return survivorId;
  }

  @Override
  public Optional<String> patientId() {
    return Optional.of(survivorId);
  }
}
