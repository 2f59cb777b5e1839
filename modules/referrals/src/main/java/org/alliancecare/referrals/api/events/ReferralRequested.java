package org.alliancecare.referrals.api.events;

import java.time.Instant;
import java.time.LocalDate;
import org.alliancecare.referrals.api.ReferralStatus;
import org.alliancecare.referrals.api.SourceKind;
import org.alliancecare.referrals.api.Urgency;

/**
 * A referral was requested; {@code dueOn} is its due date (by urgency, or given, or by the infant
 * hearing rule).
 */
public record ReferralRequested(
    String referralId,
    String referralNumber,
    String patient,
    String placeCode,
    String countyCode,
    SourceKind sourceKind,
    String sourceId,
    String toOrganisationId,
    String specialty,
    Urgency urgency,
    LocalDate dueOn,
    LocalDate requestedOn,
    String actor,
    Instant occurredAt)
    implements ReferralEvent {

  @Override
  public ReferralStatus status() {
    return ReferralStatus.REQUESTED;
  }
}
