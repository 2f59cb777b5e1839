package org.alliancecare.outreach.internal.domain;

import org.alliancecare.kernel.BusinessRuleViolation;

/** A practitioner is on a clinic's staff once. */
public class AlreadyStaffed extends BusinessRuleViolation {

  public AlreadyStaffed() {
    super("already-staffed", "The practitioner already staffs this clinic.");
  }
}
