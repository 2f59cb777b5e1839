package org.alliancecare.patients.internal.domain;

import org.alliancecare.kernel.BusinessRuleViolation;

/** A merge that cannot be done: into itself, or of a patient already merged. */
public class PatientMergeRefused extends BusinessRuleViolation {

  public PatientMergeRefused(String why) {
    super("merge-refused", "The merge is refused: " + why + ".");
  }
}
