package org.alliancecare.patients.internal.domain;

import java.util.Map;
import org.alliancecare.kernel.BusinessRuleViolation;

/** The patient was merged into another one; changes go to the survivor. */
public class PatientMergedAway extends BusinessRuleViolation {

  public PatientMergedAway(String survivorId) {
    super(
        "patient-merged",
        "This registration was merged into another patient; use the surviving record.",
        Map.of("mergedInto", survivorId));
  }
}
