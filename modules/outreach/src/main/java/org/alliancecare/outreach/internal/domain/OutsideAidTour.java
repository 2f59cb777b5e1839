package org.alliancecare.outreach.internal.domain;

import java.time.LocalDate;
import org.alliancecare.kernel.BusinessRuleViolation;

/** An aid doctor staffs clinics only within the tour. */
public class OutsideAidTour extends BusinessRuleViolation {

  public OutsideAidTour(LocalDate date, LocalDate tourStart, LocalDate tourEnd) {
    super(
        "outside-aid-tour",
        "The aid doctor's tour runs from "
            + tourStart
            + " to "
            + tourEnd
            + "; the clinic is on "
            + date
            + ".");
  }
}
