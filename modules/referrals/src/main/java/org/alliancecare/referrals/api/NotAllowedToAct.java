package org.alliancecare.referrals.api;

import org.alliancecare.kernel.NotAllowed;

/**
 * The caller may see the referral, and their role may move referrals, but not this one this way:
 * accepting, declining, scheduling and completing belong to practitioners of the receiving
 * organisation, cancelling to the requester; a coordinator whose scope covers the referral may do
 * both. Answered 403 like a role that is not allowed at all, after the data scope (a referral
 * outside it stays a 404).
 */
public class NotAllowedToAct extends NotAllowed {

  public NotAllowedToAct(ReferralStatus target) {
    super(
        target == ReferralStatus.CANCELLED
            ? "only the requester or a coordinator may cancel this referral"
            : "only a practitioner of the receiving organisation or a coordinator may move this"
                + " referral to "
                + target);
  }
}
