package org.alliancecare.alliances.internal.domain;

import java.time.LocalDate;
import java.util.Map;
import org.alliancecare.kernel.BusinessRuleViolation;

/** An aid doctor's membership must begin within the tour, and ends with it. */
public class OutsideAidTour extends BusinessRuleViolation {

  public OutsideAidTour(LocalDate since, LocalDate tourStart, LocalDate tourEnd) {
    super(
        "outside-aid-tour",
        "The aid doctor's tour runs from "
            + tourStart
            + " to "
            + tourEnd
            + "; a membership from "
            + since
            + " is outside it.",
        Map.of("tourStart", tourStart.toString(), "tourEnd", tourEnd.toString()));
  }
}
