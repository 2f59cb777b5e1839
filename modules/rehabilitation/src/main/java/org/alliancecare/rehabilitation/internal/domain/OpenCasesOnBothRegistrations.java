package org.alliancecare.rehabilitation.internal.domain;

import java.util.Map;
import org.alliancecare.kernel.BusinessRuleViolation;

/**
 * Patients cannot be merged while both have an open case in the same program (one open case per
 * patient and program).
 */
public class OpenCasesOnBothRegistrations extends BusinessRuleViolation {

  public OpenCasesOnBothRegistrations(String programCode) {
    super(
        "merge-open-cases",
        "Both registrations have an open case in "
            + programCode
            + "; close one of them before merging the patients.",
        Map.of("programCode", programCode));
  }
}
