package org.alliancecare.alliances.api.events;

import java.time.Instant;
import java.time.LocalDate;
import org.alliancecare.kernel.events.DomainEvent;

/**
 * A practitioner was appointed the alliance's lead from {@code since}; {@code previousLeadId} is
 * the practitioner whose lead role ended that day, or {@code null}.
 */
public record LeadAppointed(
    String allianceId,
    String practitionerId,
    LocalDate since,
    String previousLeadId,
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
