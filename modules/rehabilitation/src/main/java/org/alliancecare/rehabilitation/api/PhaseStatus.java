package org.alliancecare.rehabilitation.api;

/** A phase is PLANNED, then OPEN for enrolment (one per program at a time), then CLOSED. */
public enum PhaseStatus {
  PLANNED,
  OPEN,
  CLOSED
}
