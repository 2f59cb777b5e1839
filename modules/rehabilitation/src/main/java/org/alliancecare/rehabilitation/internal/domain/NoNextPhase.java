package org.alliancecare.rehabilitation.internal.domain;

import java.util.Map;
import org.alliancecare.kernel.BusinessRuleViolation;

/** A phase with open cases cannot close without a later phase to carry them into. */
public class NoNextPhase extends BusinessRuleViolation {

  public NoNextPhase(int number, int openCases) {
    super(
        "no-next-phase",
        "Phase "
            + number
            + " still has "
            + openCases
            + " open cases and no later PLANNED or OPEN phase to carry them into; plan the next phase first.",
        Map.of("phase", number, "openCases", openCases));
  }
}
