package org.alliancecare.referrals.api.events;

import java.time.Instant;
import org.alliancecare.referrals.api.ReferralStatus;

/** The receiving organisation accepted the referral. */
public record ReferralAccepted(
    String referralId,
    String referralNumber,
    String patient,
    String placeCode,
    String countyCode,
    String actor,
    Instant occurredAt)
    implements ReferralEvent {

  @Override
  public ReferralStatus status() {
    return ReferralStatus.ACCEPTED;
  }
}
