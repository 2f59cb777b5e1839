package org.alliancecare.outreach.internal.domain;

import org.alliancecare.kernel.BusinessRuleViolation;
import org.alliancecare.outreach.api.ClinicStatus;

/** Patients are recorded while the clinic is PUBLISHED (booked ahead) or IN_PROGRESS. */
public class ClinicNotOpenForAttendance extends BusinessRuleViolation {

  public ClinicNotOpenForAttendance(ClinicStatus status) {
    super(
        "clinic-not-open-for-attendance",
        "Patients cannot be recorded at a clinic that is " + status + ".");
  }
}
