package org.alliancecare.outreach.internal.domain;

import org.alliancecare.kernel.BusinessRuleViolation;
import org.alliancecare.outreach.api.ClinicStatus;

/** A step that the clinic's lifecycle does not have. */
public class InvalidTransition extends BusinessRuleViolation {

  public InvalidTransition(ClinicStatus from, ClinicStatus to) {
    super("invalid-transition", "A clinic that is " + from + " cannot become " + to + ".");
  }
}
