package org.alliancecare.directory.api;

import java.util.List;

/**
 * An account to create ({@code POST /api/accounts}); {@code email} is optional (where reminders go
 * by mail).
 */
public record NewAccount(
    String username,
    String displayName,
    String password,
    List<Role> roles,
    String practitionerId,
    List<String> jurisdiction,
    String email) {

  /** Never shows the password. */
  @Override
  public String toString() {
    return "NewAccount[username="
        + username
        + ", roles="
        + roles
        + ", jurisdiction="
        + jurisdiction
        + "]";
  }
}
