package org.alliancecare.directory.api.events;

import java.time.Instant;
import org.alliancecare.kernel.events.DomainEvent;

/** A place was added to the hierarchy. */
public record PlaceAdded(
    String code,
    String parentCode,
    String level,
    String nameZh,
    String nameEn,
    String actor,
    Instant occurredAt)
    implements DomainEvent {

  @Override
  public String streamType() {
    return "Place";
  }

  @Override
  public String streamId() {
    return code;
  }
}
