package org.alliancecare.alliances.api.events;

import java.time.Instant;
import java.time.LocalDate;
import org.alliancecare.kernel.events.DomainEvent;

/** A membership (in the role it had) ended: from {@code endsOn} it no longer holds. */
public record MembershipEnded(
    String allianceId,
    String membershipId,
    String practitionerId,
    String role,
    LocalDate endsOn,
    String reason,
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
