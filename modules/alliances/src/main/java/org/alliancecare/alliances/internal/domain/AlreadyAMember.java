package org.alliancecare.alliances.internal.domain;

import org.alliancecare.kernel.BusinessRuleViolation;

/** A practitioner holds one membership of an alliance at a time. */
public class AlreadyAMember extends BusinessRuleViolation {

  public AlreadyAMember(Membership current) {
    super(
        "already-a-member",
        "The practitioner is already a "
            + current.role()
            + " of this alliance since "
            + current.since()
            + ".");
  }
}
