package org.alliancecare.outreach.api.events;

import java.time.Instant;
import org.alliancecare.kernel.events.DomainEvent;

/** The clinic was cancelled, with the reason; its staff's time is released. */
public record ClinicCancelled(
    String clinicId,
    String previousStatus,
    String reason,
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
