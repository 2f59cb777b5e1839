package org.alliancecare.outreach.api;

/** Where a clinic is in its lifecycle. */
public enum ClinicStatus {
  PLANNED,
  PUBLISHED,
  IN_PROGRESS,
  COMPLETED,
  CANCELLED
}
