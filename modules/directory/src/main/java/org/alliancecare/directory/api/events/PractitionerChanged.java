package org.alliancecare.directory.api.events;

import java.time.Instant;
import java.time.LocalDate;
import org.alliancecare.kernel.events.DomainEvent;

/** A practitioner's record was replaced; it carries the record as it now is. */
public record PractitionerChanged(
    String practitionerId,
    long version,
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
