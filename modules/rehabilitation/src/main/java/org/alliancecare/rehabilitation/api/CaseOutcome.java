package org.alliancecare.rehabilitation.api;

/** How a case ended (DOMAIN.md, Rehabilitation program). */
public enum CaseOutcome {
  REHABILITATED,
  IMPROVED,
  NO_CHANGE,
  TRANSFERRED,
  WITHDRAWN,
  LOST_TO_FOLLOW_UP,
  DECEASED
}
