package org.alliancecare.referrals.api;

/**
 * A work list: referrals in a status, overdue or not, to one organisation, of patients at a place
 * (a county finds its townships and villages too), or the one with a referral number (what a
 * receiving hospital scans off a referral letter). Any may be absent; the caller's data scope
 * always applies.
 */
public record ReferralQuery(
    ReferralStatus status,
    Boolean overdue,
    String toOrganisationId,
    String placeCode,
    String referralNumber) {

  /** A work list without a referral number. */
  public ReferralQuery(
      ReferralStatus status, Boolean overdue, String toOrganisationId, String placeCode) {
    this(status, overdue, toOrganisationId, placeCode, null);
  }

  public static ReferralQuery everything() {
    return new ReferralQuery(null, null, null, null, null);
  }

  /** The referral with this number ({@code R-2026-000123}), if the caller may see it. */
  public static ReferralQuery numbered(String referralNumber) {
    return new ReferralQuery(null, null, null, null, referralNumber);
  }
}
