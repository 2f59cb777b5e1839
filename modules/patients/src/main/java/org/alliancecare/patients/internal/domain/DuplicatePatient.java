package org.alliancecare.patients.internal.domain;

import java.util.Map;
import org.alliancecare.kernel.BusinessRuleViolation;

/** A patient with the same resident identity number is already on file. */
public class DuplicatePatient extends BusinessRuleViolation {

  public DuplicatePatient(String existingPatientId) {
    super(
        "duplicate-patient",
        "A patient with this identity number is already registered.",
        Map.of("existingPatientId", existingPatientId));
  }
}
