package org.alliancecare.directory.api;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Who is making a request: the signed-in account as every module sees it. Facades receive it and
 * ask the directory for its {@link DataScope}.
 *
 * @param username the account's unique name; also the {@code actor} of the events it causes
 * @param jurisdiction place codes; each covers itself and every place below it
 * @param practitionerId the practitioner this account belongs to, or {@code null}
 */
public record Caller(
    String username,
    String displayName,
    Set<Role> roles,
    Set<String> jurisdiction,
    String practitionerId) {

  public Caller {
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(displayName, "displayName");
    roles = Set.copyOf(roles);
    jurisdiction = Set.copyOf(jurisdiction);
  }

  public boolean hasRole(Role role) {
    return roles.contains(role);
  }

  public boolean hasAnyRole(Role... any) {
    return Arrays.stream(any).anyMatch(roles::contains);
  }

  public Optional<String> practitioner() {
    return Optional.ofNullable(practitionerId);
  }
}
