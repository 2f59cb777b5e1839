package org.alliancecare.rehabilitation.internal.domain;

import java.util.Map;
import org.alliancecare.kernel.BusinessRuleViolation;

/** Another phase of the program is already OPEN. */
public class AnotherPhaseOpen extends BusinessRuleViolation {

  public AnotherPhaseOpen(int openNumber) {
    super(
        "phase-already-open",
        "Phase "
            + openNumber
            + " is OPEN; close it before opening another (one OPEN phase per program).",
        Map.of("openPhase", openNumber));
  }

  /** Another phase was opened at the same time (the database refused the second). */
  public AnotherPhaseOpen() {
    super(
        "phase-already-open",
        "Another phase of the program is OPEN; close it before opening another (one OPEN phase per"
            + " program).");
  }
}
