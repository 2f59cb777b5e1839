package org.alliancecare.referrals.api;

/** What a referral came from: a screening, a clinic attendance, or a rehabilitation case. */
public enum SourceKind {
  SCREENING,
  ATTENDANCE,
  CASE
}
