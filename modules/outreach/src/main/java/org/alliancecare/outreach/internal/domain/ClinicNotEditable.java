package org.alliancecare.outreach.internal.domain;

import org.alliancecare.kernel.BusinessRuleViolation;
import org.alliancecare.outreach.api.ClinicStatus;

/** Details and staff change only while the clinic is PLANNED or PUBLISHED. */
public class ClinicNotEditable extends BusinessRuleViolation {

  public ClinicNotEditable(ClinicStatus status) {
    super("clinic-not-editable", "A clinic that is " + status + " can no longer be changed.");
  }
}
