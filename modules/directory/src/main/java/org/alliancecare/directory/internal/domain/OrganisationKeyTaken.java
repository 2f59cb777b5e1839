package org.alliancecare.directory.internal.domain;

import java.util.Map;
import org.alliancecare.kernel.BusinessRuleViolation;

/** Another organisation has this key. */
public class OrganisationKeyTaken extends BusinessRuleViolation {

  public OrganisationKeyTaken(String key) {
    super(
        "organisation-key-taken",
        "Another organisation has the key " + key + ".",
        Map.of("key", key));
  }
}
