package org.alliancecare.alliances.api;

/** A member's role in an alliance: one LEAD at a time, any number of MEMBERs. */
public enum MembershipRole {
  LEAD,
  MEMBER
}
