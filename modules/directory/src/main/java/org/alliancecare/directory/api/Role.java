package org.alliancecare.directory.api;

/**
 * What an account may do. Endpoints name the roles they admit with {@code @RolesAllowed}, using the
 * constants of {@link Names} (annotations need constant strings).
 */
public enum Role {
  DOCTOR,
  ALLIANCE_LEAD,
  COORDINATOR,
  AUDITOR,
  ADMIN;

  /** The role names as compile-time constants, for {@code @RolesAllowed}. */
  public static final class Names {
    public static final String DOCTOR = "DOCTOR";
    public static final String ALLIANCE_LEAD = "ALLIANCE_LEAD";
    public static final String COORDINATOR = "COORDINATOR";
    public static final String AUDITOR = "AUDITOR";
    public static final String ADMIN = "ADMIN";

    /**
     * Any signed-in caller, whatever their roles ({@code "**"}, as Jakarta Security spells
     * "authenticated").
     */
    public static final String SIGNED_IN = "**";

    private Names() {}
  }
}
