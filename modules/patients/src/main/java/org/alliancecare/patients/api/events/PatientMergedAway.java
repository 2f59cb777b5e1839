package org.alliancecare.patients.api.events;

import java.time.Instant;
import java.util.Optional;
import org.alliancecare.kernel.events.DomainEvent;

/** The duplicate's side of a merge: from now on it points at {@code survivorId}. */
public record PatientMergedAway(
    String duplicateId, String survivorId, String actor, Instant occurredAt)
    implements DomainEvent {

  @Override
  public String streamType() {
    return "Patient";
  }

  @Override
  public String streamId() {
    return duplicateId;
  }

  @Override
  public Optional<String> patientId() {
    return Optional.of(duplicateId);
  }
}
