package org.alliancecare.outreach.api.events;

import java.time.Instant;
import org.alliancecare.kernel.events.DomainEvent;

/** The clinic was completed (IN_PROGRESS → COMPLETED), with an optional summary. */
public record ClinicCompleted(
    String clinicId, String summary, int sequence, String actor, Instant occurredAt)
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
