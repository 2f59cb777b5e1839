package org.alliancecare.directory.internal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Session expiry with a moving clock: 30 minutes idle, 12 hours at most (the defaults). */
class SignInSessionTest {

  private static final SessionLifetime LIFETIME = SessionLifetime.DEFAULT;
  private static final Instant SIGNED_IN = Instant.parse("2026-05-04T03:00:00Z");

  private final SignInSession session =
      SignInSession.open(
          "account", SessionToken.hashOf(SessionToken.generate()), SIGNED_IN, LIFETIME);

  @Test
  void ends_after_30_minutes_unused() {
    assertThat(session.activeAt(SIGNED_IN.plus(Duration.ofMinutes(29)), LIFETIME)).isTrue();
    assertThat(session.activeAt(SIGNED_IN.plus(Duration.ofMinutes(30)), LIFETIME)).isFalse();
  }

  @Test
  void use_keeps_it_open_until_its_absolute_end_after_12_hours() {
    Instant now = SIGNED_IN;
    Instant lastRecordedUse = SIGNED_IN;
    while (now.isBefore(SIGNED_IN.plus(Duration.ofHours(12)).minus(Duration.ofMinutes(20)))) {
      now = now.plus(Duration.ofMinutes(20));
      assertThat(LIFETIME.openAt(now, session.expiresAt(), lastRecordedUse))
          .as("at %s", now)
          .isTrue();
      lastRecordedUse = now;
    }
    assertThat(LIFETIME.openAt(SIGNED_IN.plus(Duration.ofHours(12)), session.expiresAt(), now))
        .isFalse();
  }

  @Test
  void a_use_is_recorded_at_most_once_a_minute() {
    assertThat(SessionLifetime.useDue(SIGNED_IN, SIGNED_IN.plusSeconds(30))).isFalse();
    assertThat(SessionLifetime.useDue(SIGNED_IN, SIGNED_IN.plusSeconds(60))).isFalse();
    assertThat(SessionLifetime.useDue(SIGNED_IN, SIGNED_IN.plusSeconds(61))).isTrue();
    assertThat(SessionLifetime.recordedUsesDueBefore(SIGNED_IN.plusSeconds(61)))
        .isEqualTo(SIGNED_IN.plusSeconds(1));
  }

  @Test
  void a_revoked_session_ends_at_once() {
    session.revoke(SIGNED_IN.plusSeconds(5));
    assertThat(session.activeAt(SIGNED_IN.plusSeconds(6), LIFETIME)).isFalse();
    assertThat(session.revoked()).isTrue();
  }

  @Test
  void configured_limits_apply() {
    SessionLifetime short_ = new SessionLifetime(Duration.ofMinutes(5), Duration.ofHours(1));
    SignInSession s =
        SignInSession.open("a", SessionToken.hashOf(SessionToken.generate()), SIGNED_IN, short_);
    assertThat(s.activeAt(SIGNED_IN.plus(Duration.ofMinutes(5)), short_)).isFalse();
    assertThat(s.expiresAt()).isEqualTo(SIGNED_IN.plus(Duration.ofHours(1)));
  }
}
