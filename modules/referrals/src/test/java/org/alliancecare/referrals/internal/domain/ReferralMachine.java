package org.alliancecare.referrals.internal.domain;

import java.time.Instant;
import org.alliancecare.referrals.api.ReferralStatus;

/** Drives a sample referral through the state machine, for the tests of its transitions. */
final class ReferralMachine {

  private static final Instant AT = Instant.parse("2026-05-05T04:00:00Z");

  private ReferralMachine() {}

  /** Asks the referral to move to {@code target} by the method that leads there. */
  static void apply(Referral referral, ReferralStatus target) {
    switch (target) {
      case REQUESTED -> throw new InvalidTransition(referral.status(), target);
      case ACCEPTED -> referral.accept("dr.li", AT);
      case SCHEDULED -> referral.schedule(AT.plusSeconds(86_400), "dr.li", AT);
      case COMPLETED -> referral.complete("hearing loss confirmed", "ABR 70 dB", "dr.li", AT);
      case DECLINED -> referral.decline("no capacity", "dr.li", AT);
      case CANCELLED -> referral.cancel("family moved to Urumqi", "dr.aysha", AT);
    }
  }

  /** A sample referral brought to {@code status} along the shortest path. */
  static Referral referralIn(ReferralStatus status) {
    Referral referral = SampleReferrals.requested();
    switch (status) {
      case REQUESTED -> {}
      case ACCEPTED -> apply(referral, ReferralStatus.ACCEPTED);
      case SCHEDULED -> {
        apply(referral, ReferralStatus.ACCEPTED);
        apply(referral, ReferralStatus.SCHEDULED);
      }
      case COMPLETED -> {
        apply(referral, ReferralStatus.ACCEPTED);
        apply(referral, ReferralStatus.SCHEDULED);
        apply(referral, ReferralStatus.COMPLETED);
      }
      case DECLINED -> apply(referral, ReferralStatus.DECLINED);
      case CANCELLED -> apply(referral, ReferralStatus.CANCELLED);
    }
    return referral;
  }
}
