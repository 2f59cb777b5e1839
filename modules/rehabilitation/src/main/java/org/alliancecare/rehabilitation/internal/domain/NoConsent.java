package org.alliancecare.rehabilitation.internal.domain;

import org.alliancecare.kernel.BusinessRuleViolation;

/** The guardian has not given active consent to treatment and data sharing. */
public class NoConsent extends BusinessRuleViolation {

  public NoConsent() {
    super(
        "no-consent",
        "Enrolment needs a guardian's active consent to TREATMENT and DATA_SHARING; record it with the patient first.");
  }
}
