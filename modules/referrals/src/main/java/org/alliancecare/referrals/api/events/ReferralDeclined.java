package org.alliancecare.referrals.api.events;

import java.time.Instant;
import org.alliancecare.referrals.api.ReferralStatus;

/** The receiving organisation declined the referral, for {@code reason}. */
public record ReferralDeclined(
    String referralId,
    String referralNumber,
    String patient,
    String placeCode,
    String countyCode,
    String reason,
    String actor,
    Instant occurredAt)
    implements ReferralEvent {

  @Override
  public ReferralStatus status() {
    return ReferralStatus.DECLINED;
  }
}
