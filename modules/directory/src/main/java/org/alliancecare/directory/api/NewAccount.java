package org.alliancecare.directory.api;

import java.util.List;

/** An account to create ({@code POST /api/accounts}). */
public record NewAccount(
    String username,
    String displayName,
    String password,
    List<Role> roles,
    String practitionerId,
    List<String> jurisdiction) {

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
