package org.alliancecare.referrals.api.events;

import java.time.Instant;
import org.alliancecare.referrals.api.ReferralStatus;

/** An appointment was made for the patient. */
public record ReferralScheduled(
    String referralId,
    String referralNumber,
    String patient,
    String placeCode,
    String countyCode,
    Instant appointmentAt,
    String actor,
    Instant occurredAt)
    implements ReferralEvent {

  @Override
  public ReferralStatus status() {
    return ReferralStatus.SCHEDULED;
  }
}
