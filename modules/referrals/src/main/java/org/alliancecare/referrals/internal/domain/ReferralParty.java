package org.alliancecare.referrals.internal.domain;

import org.alliancecare.referrals.api.ReferralStatus;

/**
 * Who may move a referral (API.md → Referrals): the receiving organisation answers it — accept,
 * decline, schedule and complete belong to its practitioners; the requester may withdraw it —
 * cancel belongs to whoever requested it; a coordinator whose scope covers the referral may do
 * either. Anyone else may read the referral (within their scope) but not move it.
 *
 * @param coordinator the caller is a coordinator (the referral is already known to be in scope)
 * @param ofReceivingOrganisation the caller is a practitioner of the organisation it is addressed
 *     to
 * @param requester the caller requested the referral
 */
public record ReferralParty(
    boolean coordinator, boolean ofReceivingOrganisation, boolean requester) {

  /** Whether this party may move a referral to {@code target} (the state machine aside). */
  public boolean mayMoveTo(ReferralStatus target) {
    if (coordinator) {
      return true;
    }
    return switch (target) {
      case ACCEPTED, DECLINED, SCHEDULED, COMPLETED -> ofReceivingOrganisation;
      case CANCELLED -> requester;
      case REQUESTED -> false;
    };
  }
}
