package org.alliancecare.alliances.internal.domain;

import org.alliancecare.kernel.BusinessRuleViolation;

/** Alliance codes are unique. */
public class AllianceCodeTaken extends BusinessRuleViolation {

  public AllianceCodeTaken(AllianceCode code) {
    super("alliance-code-taken", "An alliance with the code " + code + " exists already.");
  }
}
