package org.alliancecare.alliances.internal.domain;

import org.alliancecare.kernel.BusinessRuleViolation;

/** A membership that has ended (or ends earlier) cannot be ended again. */
public class MembershipAlreadyEnded extends BusinessRuleViolation {

  public MembershipAlreadyEnded(Membership membership) {
    super(
        "membership-already-ended", "The membership already ends on " + membership.endsOn() + ".");
  }
}
