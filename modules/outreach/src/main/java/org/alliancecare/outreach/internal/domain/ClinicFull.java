package org.alliancecare.outreach.internal.domain;

import java.util.Map;
import org.alliancecare.kernel.BusinessRuleViolation;

/** Every place of the clinic is booked; walk-ins are still seen. */
public class ClinicFull extends BusinessRuleViolation {

  public ClinicFull(int capacity) {
    super(
        "clinic-full",
        "All " + capacity + " places of the clinic are booked; record the patient as a walk-in.",
        Map.of("capacity", capacity));
  }
}
