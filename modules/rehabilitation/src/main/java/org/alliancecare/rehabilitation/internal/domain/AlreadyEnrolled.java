package org.alliancecare.rehabilitation.internal.domain;

import java.util.Map;
import org.alliancecare.kernel.BusinessRuleViolation;

/** The child already has an open case in the program (one open case per patient and program). */
public class AlreadyEnrolled extends BusinessRuleViolation {

  public AlreadyEnrolled(String existingCaseId) {
    super(
        "already-enrolled",
        "The child already has an open case in this program.",
        Map.of("existingCaseId", existingCaseId));
  }

  /** The same child was enrolled at the same time (the database refused the second). */
  public AlreadyEnrolled() {
    super("already-enrolled", "The child already has an open case in this program.");
  }
}
