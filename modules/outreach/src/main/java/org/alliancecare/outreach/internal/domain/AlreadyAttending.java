package org.alliancecare.outreach.internal.domain;

import org.alliancecare.kernel.BusinessRuleViolation;

/** A patient is recorded once per clinic. */
public class AlreadyAttending extends BusinessRuleViolation {

  public AlreadyAttending() {
    super("already-attending", "The patient is already recorded at this clinic.");
  }
}
