package org.alliancecare.referrals.api.events;

import java.time.Instant;
import java.time.LocalDate;
import org.alliancecare.referrals.api.ReferralStatus;
import org.alliancecare.referrals.api.SourceKind;

/**
 * The patient was seen: the outcome and findings flow back to the source ({@code sourceKind}/{@code
 * sourceId}). {@code requestedAt} and {@code completedOn} give the days to completion; {@code
 * dueOn} whether it was late.
 */
public record ReferralCompleted(
    String referralId,
    String referralNumber,
    String patient,
    String placeCode,
    String countyCode,
    SourceKind sourceKind,
    String sourceId,
    String specialty,
    String outcome,
    String findings,
    Instant requestedAt,
    LocalDate dueOn,
    LocalDate completedOn,
    String actor,
    Instant occurredAt)
    implements ReferralEvent {

  @Override
  public ReferralStatus status() {
    return ReferralStatus.COMPLETED;
  }
}
