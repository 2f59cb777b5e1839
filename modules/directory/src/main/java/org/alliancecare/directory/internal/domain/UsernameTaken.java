package org.alliancecare.directory.internal.domain;

import java.util.Map;
import org.alliancecare.kernel.BusinessRuleViolation;

/** An account with this username exists already. */
public class UsernameTaken extends BusinessRuleViolation {

  public UsernameTaken(String username) {
    super(
        "username-taken",
        "An account named " + username + " exists already.",
        Map.of("username", username));
  }
}
