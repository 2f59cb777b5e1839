package org.alliancecare.referrals.internal.domain;

import java.util.Map;
import org.alliancecare.kernel.BusinessRuleViolation;
import org.alliancecare.referrals.api.ReferralStatus;

/** The state machine does not lead from the referral's status to the one asked for. */
public class InvalidTransition extends BusinessRuleViolation {

  public InvalidTransition(ReferralStatus from, ReferralStatus to) {
    super(
        "invalid-transition",
        "A referral that is "
            + from
            + " cannot become "
            + to
            + (from.isOpen() ? "; from " + from + " it may become " + from.next() : "")
            + ".",
        Map.of("status", from.name(), "requested", to.name()));
  }
}
