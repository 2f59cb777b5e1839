package org.alliancecare.alliances.internal.domain;

import org.alliancecare.kernel.BusinessRuleViolation;

/** Appointing the current lead again changes nothing and is refused. */
public class AlreadyTheLead extends BusinessRuleViolation {

  public AlreadyTheLead(Membership lead) {
    super(
        "already-the-lead",
        "The practitioner already leads this alliance since " + lead.since() + ".");
  }
}
