package org.alliancecare.directory.api;

import java.util.List;

/**
 * A change to an account ({@code PATCH /api/accounts/{username}}); what is {@code null} stays as it
 * is. Disabling an account or setting its password revokes its sessions at once. {@code email}: a
 * new address, or {@code ""} to remove the account's.
 */
public record AccountChange(
    Boolean enabled,
    String displayName,
    List<Role> roles,
    List<String> jurisdiction,
    String password,
    String email) {

  /** Never shows the password. */
  @Override
  public String toString() {
    return "AccountChange[enabled="
        + enabled
        + ", roles="
        + roles
        + ", jurisdiction="
        + jurisdiction
        + ", password="
        + (password == null ? "unchanged" : "new")
        + "]";
  }
}
