package org.alliancecare.patients.api.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.alliancecare.kernel.events.DomainEvent;

/** A guardian's consent was withdrawn. */
public record ConsentWithdrawn(
    String patient, String consentId, LocalDate withdrawnOn, String actor, Instant occurredAt)
    implements DomainEvent {

  @Override
  public String streamType() {
    return "Patient";
  }

  @Override
  public String streamId() {
    return patient;
  }

  @Override
  public Optional<String> patientId() {
    return Optional.of(patient);
  }
}
