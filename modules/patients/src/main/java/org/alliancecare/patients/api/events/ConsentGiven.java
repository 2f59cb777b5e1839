package org.alliancecare.patients.api.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.alliancecare.kernel.events.DomainEvent;
import org.alliancecare.patients.api.ConsentScope;

/** A guardian's consent was recorded. */
public record ConsentGiven(
    String patient,
    String consentId,
    Set<ConsentScope> scopes,
    LocalDate givenOn,
    String actor,
    Instant occurredAt)
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
