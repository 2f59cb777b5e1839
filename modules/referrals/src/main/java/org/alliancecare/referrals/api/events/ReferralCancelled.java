package org.alliancecare.referrals.api.events;

import java.time.Instant;
import org.alliancecare.referrals.api.ReferralStatus;

/** The referral was cancelled while {@code cancelledFrom}, for {@code reason}. */
public record ReferralCancelled(
    String referralId,
    String referralNumber,
    String patient,
    String placeCode,
    String countyCode,
    ReferralStatus cancelledFrom,
    String reason,
    String actor,
    Instant occurredAt)
    implements ReferralEvent {

  @Override
  public ReferralStatus status() {
    return ReferralStatus.CANCELLED;
  }
}
