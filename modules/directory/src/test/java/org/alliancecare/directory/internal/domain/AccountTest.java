package org.alliancecare.directory.internal.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.alliancecare.directory.api.Role;
import org.junit.jupiter.api.Test;

class AccountTest {

  private static final Instant NOW = Instant.parse("2026-11-29T08:00:00Z");

  private final Account doctor =
      Account.open(
          "doctor.test",
          "Doctor Test",
          PasswordHash.of("Long-enough-password-1"),
          Set.of(Role.DOCTOR),
          Set.of("652922"),
          null,
          NOW);

  @Test
  void the_caller_carries_the_accounts_roles_and_jurisdiction() {
    assertThat(doctor.caller().roles()).containsExactly(Role.DOCTOR);
    assertThat(doctor.caller().jurisdiction()).containsExactly("652922");
  }

  @Test
  void an_account_read_without_its_roles_is_no_caller_at_all() throws Exception {
    Field roles = Account.class.getDeclaredField("roles");
    roles.setAccessible(true);
    roles.set(doctor, new HashSet<Role>()); // what an incomplete read leaves

    assertThatThrownBy(doctor::caller).isInstanceOf(IllegalStateException.class);
  }
}
