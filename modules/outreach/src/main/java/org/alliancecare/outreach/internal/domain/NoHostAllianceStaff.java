package org.alliancecare.outreach.internal.domain;

import org.alliancecare.kernel.BusinessRuleViolation;

/** Publishing needs at least one staff member from the host alliance. */
public class NoHostAllianceStaff extends BusinessRuleViolation {

  public NoHostAllianceStaff() {
    super(
        "no-host-alliance-staff",
        "Staff the clinic with at least one member of its host alliance before publishing it.");
  }
}
