package org.alliancecare.screening.internal.domain;

import java.time.LocalDate;
import org.alliancecare.kernel.BusinessRuleViolation;

/**
 * A minor is screened only with a guardian's active SCREENING consent on the day of the screening
 * (PIPL art. 31), on file or given in the same request.
 */
public class NoScreeningConsent extends BusinessRuleViolation {

  public NoScreeningConsent(LocalDate screenedOn) {
    super(
        "no-consent",
        "The patient is a minor and has no guardian's SCREENING consent active on "
            + screenedOn
            + ". Record the guardian's consent first, or send it with the screening as"
            + " \"consent\".");
  }
}
