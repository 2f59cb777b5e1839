package org.alliancecare.directory.internal.domain;

import java.util.Map;
import org.alliancecare.kernel.BusinessRuleViolation;

/** A place with this code exists already. */
public class PlaceCodeTaken extends BusinessRuleViolation {

  public PlaceCodeTaken(String code) {
    super(
        "place-code-taken", "A place with code " + code + " exists already.", Map.of("code", code));
  }
}
