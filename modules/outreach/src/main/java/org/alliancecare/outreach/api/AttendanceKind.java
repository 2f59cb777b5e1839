package org.alliancecare.outreach.api;

/** A booked attendance takes one of the clinic's places; a walk-in does not. */
public enum AttendanceKind {
  BOOKED,
  WALK_IN
}
