package org.alliancecare.patients.api.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.alliancecare.kernel.events.DomainEvent;
import org.alliancecare.patients.api.Sex;

/**
 * The patient was registered (no name or identity number in the journal: its payload is facts
 * only).
 */
public record PatientRegistered(
    String patient,
    String placeCode,
    Sex sex,
    LocalDate birthDate,
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
