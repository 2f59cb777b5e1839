package org.alliancecare.rehabilitation.internal.domain;

import java.util.Map;
import org.alliancecare.kernel.BusinessRuleViolation;

/** The child lives outside the places the program covers. */
public class NotEligiblePlace extends BusinessRuleViolation {

  public NotEligiblePlace(String placeCode, java.util.Collection<String> programPlaces) {
    super(
        "not-eligible-place",
        "The child lives at "
            + placeCode
            + ", which is not in the program's places "
            + programPlaces
            + ".",
        Map.of("placeCode", placeCode));
  }
}
