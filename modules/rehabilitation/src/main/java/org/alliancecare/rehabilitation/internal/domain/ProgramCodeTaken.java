package org.alliancecare.rehabilitation.internal.domain;

import java.util.Map;
import org.alliancecare.kernel.BusinessRuleViolation;

/** A program with that code exists already. */
public class ProgramCodeTaken extends BusinessRuleViolation {

  public ProgramCodeTaken(String code) {
    super(
        "program-exists",
        "A program with the code " + code + " exists already.",
        Map.of("code", code));
  }
}
