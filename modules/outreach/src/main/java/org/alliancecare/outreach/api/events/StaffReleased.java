package org.alliancecare.outreach.api.events;

import java.time.Instant;
import org.alliancecare.kernel.events.DomainEvent;

/** A practitioner was taken off the clinic's staff; their time is free again. */
public record StaffReleased(
    String clinicId, String practitionerId, int sequence, String actor, Instant occurredAt)
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
