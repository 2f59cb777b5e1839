package org.alliancecare.rehabilitation.internal.domain;

import java.util.Map;
import org.alliancecare.kernel.BusinessRuleViolation;

/** A condition asked for is not one the program covers. */
public class NotEligibleCondition extends BusinessRuleViolation {

  public NotEligibleCondition(java.util.Collection<?> refused, java.util.Collection<?> covered) {
    super(
        "not-eligible-condition",
        "The program does not cover " + refused + "; it covers " + covered + ".",
        Map.of());
  }
}
