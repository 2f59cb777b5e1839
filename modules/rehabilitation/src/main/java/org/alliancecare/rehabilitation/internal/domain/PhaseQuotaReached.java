package org.alliancecare.rehabilitation.internal.domain;

import java.util.Map;
import org.alliancecare.kernel.BusinessRuleViolation;

/** The open phase has enrolled as many cases as its quota allows. */
public class PhaseQuotaReached extends BusinessRuleViolation {

  public PhaseQuotaReached(int number, int quota) {
    super(
        "phase-quota-reached",
        "Phase " + number + " has reached its quota of " + quota + " cases.",
        Map.of("phase", number, "quota", quota));
  }
}
