package org.alliancecare.rehabilitation.internal.domain;

import java.util.Map;
import org.alliancecare.kernel.BusinessRuleViolation;

/** The child is too old for the program on the day of enrolment. */
public class NotEligibleAge extends BusinessRuleViolation {

  public NotEligibleAge(int age, int maxAgeExclusive) {
    super(
        "not-eligible-age",
        "The child is "
            + age
            + " years old on the day of enrolment; the program takes children younger than "
            + maxAgeExclusive
            + ".",
        Map.of("age", age, "maxAgeExclusive", maxAgeExclusive));
  }
}
