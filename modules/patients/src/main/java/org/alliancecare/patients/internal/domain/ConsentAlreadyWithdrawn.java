package org.alliancecare.patients.internal.domain;

import org.alliancecare.kernel.BusinessRuleViolation;

/** A consent is withdrawn once; its record stays as it was. */
public class ConsentAlreadyWithdrawn extends BusinessRuleViolation {

  public ConsentAlreadyWithdrawn() {
    super("consent-already-withdrawn", "This consent was already withdrawn.");
  }
}
