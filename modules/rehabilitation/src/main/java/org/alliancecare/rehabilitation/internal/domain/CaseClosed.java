package org.alliancecare.rehabilitation.internal.domain;

import java.util.Map;
import org.alliancecare.kernel.BusinessRuleViolation;

/** A closed case no longer changes. */
public class CaseClosed extends BusinessRuleViolation {

  public CaseClosed(String caseNumber) {
    super(
        "case-closed",
        "Case " + caseNumber + " is CLOSED; its stage and milestones no longer change.",
        Map.of("caseNumber", caseNumber));
  }
}
