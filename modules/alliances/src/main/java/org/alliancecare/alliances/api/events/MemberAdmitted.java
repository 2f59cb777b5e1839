package org.alliancecare.alliances.api.events;

import java.time.Instant;
import java.time.LocalDate;
import org.alliancecare.kernel.events.DomainEvent;

/**
 * A practitioner became a member of an alliance in a role from {@code since}; {@code endsOn} is set
 * when the membership is bounded from the start (an aid doctor's tour).
 */
public record MemberAdmitted(
    String allianceId,
    String membershipId,
    String practitionerId,
    String role,
    LocalDate since,
    LocalDate endsOn,
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
