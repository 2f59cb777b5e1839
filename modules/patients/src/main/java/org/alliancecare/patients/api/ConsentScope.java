package org.alliancecare.patients.api;

/** What a guardian consents to (PIPL art. 31: processing a minor's personal data). */
public enum ConsentScope {
  SCREENING,
  TREATMENT,
  DATA_SHARING
}
