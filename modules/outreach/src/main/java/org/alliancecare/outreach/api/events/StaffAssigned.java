package org.alliancecare.outreach.api.events;

import java.time.Instant;
import org.alliancecare.kernel.events.DomainEvent;

/** A practitioner was put on the clinic's staff, qualified through {@code allianceId}. */
public record StaffAssigned(
    String clinicId,
    String practitionerId,
    String role,
    String allianceId,
    int sequence,
    String actor,
    Instant occurredAt)
    implements DomainEvent {

  @Override
  public String streamType() {
    return "Clinic";
  }

  @Override
  public String streamId() {
    return clinicId;
  }
}
