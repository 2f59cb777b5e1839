package org.alliancecare.rehabilitation.internal.domain;

import java.util.Map;
import org.alliancecare.kernel.BusinessRuleViolation;

/** A phase, stage or milestone change that its state machine does not allow. */
public class InvalidTransition extends BusinessRuleViolation {

  public InvalidTransition(String what, Object from, Object to) {
    super(
        "invalid-transition",
        what + " that is " + from + " cannot become " + to + ".",
        Map.of("status", String.valueOf(from), "requested", String.valueOf(to)));
  }
}
