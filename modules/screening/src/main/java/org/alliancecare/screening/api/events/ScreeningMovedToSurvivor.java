package org.alliancecare.screening.api.events;

import java.time.Instant;
import java.util.Optional;
import org.alliancecare.kernel.events.DomainEvent;

/**
 * A screening of a duplicate registration now belongs to the surviving patient, because the two
 * were merged. Its versions are unchanged.
 */
public record ScreeningMovedToSurvivor(
    String screeningId, String survivorId, String duplicateId, String actor, Instant occurredAt)
    implements DomainEvent {

  @Override
  public String streamType() {
    return "Screening";
  }

  @Override
  public String streamId() {
    return screeningId;
  }

  @Override
  public Optional<String> patientId() {
    return Optional.of(survivorId);
  }
}
