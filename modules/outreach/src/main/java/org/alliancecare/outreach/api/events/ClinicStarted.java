package org.alliancecare.outreach.api.events;

import java.time.Instant;
import org.alliancecare.kernel.events.DomainEvent;

/** The clinic began (PUBLISHED → IN_PROGRESS). */
public record ClinicStarted(String clinicId, int sequence, String actor, Instant occurredAt)
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
