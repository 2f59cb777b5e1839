package org.alliancecare.alliances.api.events;

import java.time.Instant;
import java.time.LocalDate;
import org.alliancecare.kernel.events.DomainEvent;

/** A new alliance was founded. */
public record AllianceFounded(
    String allianceId,
    String code,
    String nameZh,
    String nameEn,
    String specialty,
    LocalDate foundedOn,
    String actor,
    Instant occurredAt)
    implements DomainEvent {

  @Override
  public String streamType() {
    return "Alliance";
  }

  @Override
  public String streamId() {
    return allianceId;
  }
}
