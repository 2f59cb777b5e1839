package org.alliancecare.rehabilitation.internal.domain;

import java.util.Map;
import org.alliancecare.kernel.BusinessRuleViolation;

/** The program already has a phase of that number. */
public class PhaseNumberTaken extends BusinessRuleViolation {

  public PhaseNumberTaken(int number) {
    super(
        "phase-exists", "The program already has a phase " + number + ".", Map.of("phase", number));
  }
}
