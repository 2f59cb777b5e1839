package org.alliancecare.alliances.internal.domain;

import org.alliancecare.kernel.BusinessRuleViolation;

/**
 * History is appended, not rewritten: a membership may not begin before a membership (of the same
 * practitioner, or a lead's) that already begins later.
 */
public class MembershipOverlapsHistory extends BusinessRuleViolation {

  public MembershipOverlapsHistory(Membership later) {
    super(
        "membership-overlaps-history",
        "A "
            + later.role()
            + " membership from "
            + later.since()
            + " is already recorded; a change must begin on or after it.");
  }

  /** The database refused overlapping memberships that the roster did not see (a backstop). */
  public MembershipOverlapsHistory() {
    super(
        "membership-overlaps-history",
        "The change would overlap a membership that is already recorded.");
  }
}
