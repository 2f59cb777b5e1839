package org.alliancecare.rehabilitation.internal.domain;

import java.util.Map;
import org.alliancecare.kernel.BusinessRuleViolation;

/** The program has no phase open for enrolment. */
public class NoOpenPhase extends BusinessRuleViolation {

  public NoOpenPhase(String programCode) {
    super(
        "no-open-phase",
        "Program " + programCode + " has no OPEN phase to enrol into.",
        Map.of("programCode", programCode));
  }
}
