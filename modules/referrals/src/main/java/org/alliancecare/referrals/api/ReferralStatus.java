package org.alliancecare.referrals.api;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a referral stands, after the FHIR Task state machine: REQUESTED → ACCEPTED → SCHEDULED →
 * COMPLETED; REQUESTED → DECLINED; REQUESTED, ACCEPTED or SCHEDULED → CANCELLED. COMPLETED,
 * DECLINED and CANCELLED are final.
 */
public enum ReferralStatus {
  REQUESTED,
  ACCEPTED,
  SCHEDULED,
  COMPLETED,
  DECLINED,
  CANCELLED;

  /** The statuses this one may move to. */
  public Set<ReferralStatus> next() {
    return switch (this) {
      case REQUESTED -> EnumSet.of(ACCEPTED, DECLINED, CANCELLED);
      case ACCEPTED -> EnumSet.of(SCHEDULED, CANCELLED);
      case SCHEDULED -> EnumSet.of(COMPLETED, CANCELLED);
      case COMPLETED, DECLINED, CANCELLED -> EnumSet.noneOf(ReferralStatus.class);
    };
  }

  public boolean mayMoveTo(ReferralStatus target) {
    return next().contains(target);
  }

  /** Whether the referral is still being worked on (so it can be overdue). */
  public boolean isOpen() {
    return !next().isEmpty();
  }
}
