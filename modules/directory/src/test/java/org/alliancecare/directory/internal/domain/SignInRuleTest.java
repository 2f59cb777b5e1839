package org.alliancecare.directory.internal.domain;

import static org.alliancecare.directory.internal.domain.SignInRule.Verdict.ACCEPTED;
import static org.alliancecare.directory.internal.domain.SignInRule.Verdict.REFUSED;
import static org.alliancecare.directory.internal.domain.SignInRule.Verdict.REFUSED_AND_LOCKED;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.alliancecare.directory.api.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Sign-in decisions with a moving clock: five failures within 15 minutes lock the account for 15
 * minutes, during which even the right password is refused; a disabled account and an unknown user
 * are refused alike.
 */
class SignInRuleTest {

  private static final String RIGHT = "Jiamu-clinic-2024";
  private static final String WRONG = "Jiamu-clinic-2025";
  private static final PasswordHash HASH = PasswordHash.of(RIGHT);

  private Instant now = Instant.parse("2026-05-04T03:00:00Z");
  private Account account;
  private SignInAttempts attempts;

  @BeforeEach
  void anAccount() {
    account =
        Account.open(
            "doctor.wensu", "Demo doctor", HASH, Set.of(Role.DOCTOR), Set.of("652922"), null, now);
    attempts = new SignInAttempts(account.id());
  }

  private SignInRule.Verdict signIn(String password) {
    return SignInRule.judge(account, attempts, password, now);
  }

  private void wait(Duration duration) {
    now = now.plus(duration);
  }

  @Test
  void the_right_password_is_accepted() {
    assertThat(signIn(RIGHT)).isEqualTo(ACCEPTED);
  }

  @Test
  void the_fifth_failure_within_15_minutes_locks_and_the_sixth_attempt_fails_even_when_right() {
    for (int i = 1; i <= 4; i++) {
      assertThat(signIn(WRONG)).as("failure %d", i).isEqualTo(REFUSED);
      wait(Duration.ofMinutes(3));
    }
    assertThat(signIn(WRONG))
        .as("failure 5, 12 minutes after the first")
        .isEqualTo(REFUSED_AND_LOCKED);
    assertThat(signIn(WRONG)).as("sixth attempt").isEqualTo(REFUSED);
    assertThat(signIn(RIGHT)).as("right password while locked").isEqualTo(REFUSED);
    wait(Duration.ofMinutes(14).plusSeconds(59));
    assertThat(signIn(RIGHT)).as("still locked one second before the end").isEqualTo(REFUSED);
    wait(Duration.ofSeconds(1));
    assertThat(signIn(RIGHT)).as("the lock has ended").isEqualTo(ACCEPTED);
  }

  @Test
  void failures_while_locked_do_not_extend_the_lock() {
    for (int i = 0; i < 5; i++) {
      signIn(WRONG);
    }
    Instant lockedUntil = attempts.lockedUntil();
    wait(Duration.ofMinutes(10));
    signIn(WRONG);
    signIn(WRONG);
    assertThat(attempts.lockedUntil()).isEqualTo(lockedUntil);
  }

  @Test
  void failures_spread_over_more_than_15_minutes_do_not_lock() {
    for (int i = 0; i < 8; i++) {
      assertThat(signIn(WRONG)).isEqualTo(REFUSED);
      wait(Duration.ofMinutes(4));
    }
    assertThat(signIn(RIGHT)).isEqualTo(ACCEPTED);
  }

  @Test
  void a_successful_sign_in_forgets_earlier_failures() {
    for (int i = 0; i < 4; i++) {
      signIn(WRONG);
    }
    assertThat(signIn(RIGHT)).isEqualTo(ACCEPTED);
    for (int i = 0; i < 4; i++) {
      assertThat(signIn(WRONG)).isEqualTo(REFUSED);
    }
    assertThat(attempts.lockedAt(now)).isFalse();
  }

  @Test
  void a_disabled_account_is_refused_with_the_right_password() {
    account.disable();
    assertThat(signIn(RIGHT)).isEqualTo(REFUSED);
  }

  @Test
  void an_unknown_user_is_refused() {
    assertThat(SignInRule.judge(null, null, RIGHT, now)).isEqualTo(REFUSED);
  }
}
