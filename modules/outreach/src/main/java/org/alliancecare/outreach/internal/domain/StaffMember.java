package org.alliancecare.outreach.internal.domain;

import java.util.Objects;

/**
 * A practitioner on a clinic's staff, in a role, qualified by membership of {@code viaAllianceId}
 * (the host alliance when they belong to it, else the joining alliance they belong to).
 */
public record StaffMember(String practitionerId, String role, String viaAllianceId) {

  public StaffMember {
    Objects.requireNonNull(practitionerId, "practitionerId");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(viaAllianceId, "viaAllianceId");
  }
}
