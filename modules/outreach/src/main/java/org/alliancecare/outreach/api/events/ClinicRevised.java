package org.alliancecare.outreach.api.events;

import java.time.Instant;
import java.util.List;
import org.alliancecare.kernel.events.DomainEvent;

/** The clinic's details other than its schedule changed; it carries them as they now are. */
public record ClinicRevised(
    String clinicId,
    String title,
    List<String> joiningAllianceIds,
    String placeCode,
    String venue,
    List<String> services,
    int capacity,
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
