package org.alliancecare.outreach.internal.domain;

import java.time.LocalDate;
import org.alliancecare.kernel.BusinessRuleViolation;

/** A clinic is staffed by members of its host or joining alliances, on the clinic's date. */
public class NotAnAllianceMember extends BusinessRuleViolation {

  public NotAnAllianceMember(LocalDate date) {
    super(
        "not-an-alliance-member",
        "The practitioner is not a member of the host alliance or a joining alliance on "
            + date
            + ".");
  }
}
