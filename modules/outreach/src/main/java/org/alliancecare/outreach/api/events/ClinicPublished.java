package org.alliancecare.outreach.api.events;

import java.time.Instant;
import org.alliancecare.kernel.events.DomainEvent;

/** The clinic was published (PLANNED → PUBLISHED). */
public record ClinicPublished(String clinicId, int sequence, String actor, Instant occurredAt)
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
