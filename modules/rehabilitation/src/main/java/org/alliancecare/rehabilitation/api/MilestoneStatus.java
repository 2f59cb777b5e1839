package org.alliancecare.rehabilitation.api;

/** A milestone is PLANNED until it is ACHIEVED (on a date) or SKIPPED (for a reason). */
public enum MilestoneStatus {
  PLANNED,
  ACHIEVED,
  SKIPPED
}
