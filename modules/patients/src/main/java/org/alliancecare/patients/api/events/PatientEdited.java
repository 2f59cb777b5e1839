package org.alliancecare.patients.api.events;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.alliancecare.kernel.events.DomainEvent;

/** The patient's details were edited; {@code changed} names the fields. */
public record PatientEdited(
    String patient, String placeCode, List<String> changed, String actor, Instant occurredAt)
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
