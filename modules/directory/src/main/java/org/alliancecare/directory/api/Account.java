package org.alliancecare.directory.api;

import java.util.Set;

/**
 * An account as administrators and the account holder see it; never its password or its hash.
 *
 * @param version the record's version, also its ETag
 */
public record Account(
    String username,
    String displayName,
    Set<Role> roles,
    Set<String> jurisdiction,
    String practitionerId,
    boolean enabled,
    long version) {

  public Account {
    roles = Set.copyOf(roles);
    jurisdiction = Set.copyOf(jurisdiction);
  }
}
