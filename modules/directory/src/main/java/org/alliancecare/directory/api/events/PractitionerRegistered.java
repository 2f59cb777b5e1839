package org.alliancecare.directory.api.events;

import java.time.Instant;
import java.time.LocalDate;
import org.alliancecare.kernel.events.DomainEvent;

/** A practitioner was registered. */
public record PractitionerRegistered(
    String practitionerId,
    String name,
    String specialty,
    String origin,
    String organisationId,
    String homeOrganisationId,
    LocalDate tourStart,
    LocalDate tourEnd,
    String actor,
    Instant occurredAt)
    implements DomainEvent {

  @Override
  public String streamType() {
    return "Practitioner";
  }

  @Override
  public String streamId() {
    return practitionerId;
  }
}
