package org.alliancecare.outreach.internal.domain;

import java.util.Map;
import org.alliancecare.kernel.BusinessRuleViolation;

/**
 * A practitioner staffs at most one clinic at a time: no two of their clinics that are not
 * cancelled overlap in time, whatever time zones their local times are stated in. The database
 * enforces it (an exclusion constraint); this names the rule when it refuses.
 */
public class PractitionerDoubleBooked extends BusinessRuleViolation {

  public PractitionerDoubleBooked(String otherClinicNumber) {
    super(
        "practitioner-double-booked",
        otherClinicNumber == null
            ? "The practitioner staffs another clinic at an overlapping time."
            : "The practitioner staffs clinic " + otherClinicNumber + " at an overlapping time.",
        otherClinicNumber == null
            ? Map.of()
            : Map.of("conflictingClinicNumber", otherClinicNumber));
  }
}
