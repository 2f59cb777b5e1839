package org.alliancecare.referrals.api;

/**
 * A work list: referrals in a status, overdue or not, to one organisation, of patients at a place
 * (a county finds its townships and villages too). Any may be absent; the caller's data scope
 * always applies.
 */
public record ReferralQuery(
    ReferralStatus status, Boolean overdue, String toOrganisationId, String placeCode) {

  public static ReferralQuery everything() {
    return new ReferralQuery(null, null, null, null);
  }
}
