package org.alliancecare.referrals.internal.domain;

import java.time.Instant;
import java.util.Objects;
import org.alliancecare.referrals.api.ReferralStatus;

/**
 * One step of a referral's history. {@code from} is {@code null} for the request that created it;
 * {@code reason} is set for a decline or cancellation.
 */
public record Transition(
    ReferralStatus from, ReferralStatus to, Instant at, String by, String reason) {

  public Transition {
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(by, "by");
  }
}
