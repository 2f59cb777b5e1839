package org.alliancecare.directory.api.events;

import java.time.Instant;
import org.alliancecare.kernel.events.DomainEvent;

/** An organisation was added. */
public record OrganisationAdded(
    String organisationId,
    String key,
    String kind,
    String nameZh,
    String nameEn,
    String placeCode,
    String province,
    String actor,
    Instant occurredAt)
    implements DomainEvent {

  @Override
  public String streamType() {
    return "Organisation";
  }

  @Override
  public String streamId() {
    return organisationId;
  }
}
