package org.alliancecare.screening.api;

/** The result of a screening, and the outcome an instrument or a clinician records. */
public enum Outcome {
  PASS,
  REFER
}
