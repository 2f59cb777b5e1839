package org.alliancecare.app.internal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.alliancecare.app.internal.security.RoleEnforcement.Admit;
import org.alliancecare.app.internal.security.RoleEnforcement.Verdict;
import org.alliancecare.directory.api.Caller;
import org.alliancecare.directory.api.Role;
import org.junit.jupiter.api.Test;

/**
 * Roles are those of the caller that the bearer-token mechanism authenticated for the request (the
 * request attribute the facades read too), never a principal the container may still hold: the
 * crash harness once saw a doctor refused with 403, as if signed in without the role, while the
 * database restarted.
 */
class RoleEnforcementTest {

  private final Admit doctorsOnly = new Admit(List.of("DOCTOR"), "ScreeningsResource.record");

  @Test
  void a_caller_authenticated_with_one_of_the_roles_is_admitted() {
    assertThat(doctorsOnly.verdict(caller(Role.DOCTOR))).isEqualTo(Verdict.ADMITTED);
    assertThat(new Admit(List.of("AUDITOR", "DOCTOR"), "Probe.read").verdict(caller(Role.DOCTOR)))
        .isEqualTo(Verdict.ADMITTED);
  }

  @Test
  void a_caller_without_the_role_is_forbidden_and_nobody_is_unauthenticated() {
    assertThat(doctorsOnly.verdict(caller(Role.ALLIANCE_LEAD))).isEqualTo(Verdict.FORBIDDEN);
    assertThat(doctorsOnly.verdict(null)).isEqualTo(Verdict.UNAUTHENTICATED);
  }

  @Test
  void any_signed_in_caller_passes_where_any_role_will_do_and_nobody_where_none_does() {
    Admit signedIn = new Admit(List.of(Role.Names.SIGNED_IN), "Probe.me");
    assertThat(signedIn.verdict(caller(Role.AUDITOR))).isEqualTo(Verdict.ADMITTED);
    assertThat(signedIn.verdict(null)).isEqualTo(Verdict.UNAUTHENTICATED);
    assertThat(new Admit(List.of(), "Probe.nobody").verdict(caller(Role.ADMIN)))
        .isEqualTo(Verdict.FORBIDDEN);
  }

  private static Caller caller(Role role) {
    return new Caller("someone", "Someone", Set.of(role), Set.of("652922"), null);
  }
}
