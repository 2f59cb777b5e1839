package org.alliancecare.directory.internal.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.alliancecare.directory.api.Caller;
import org.alliancecare.directory.api.Role;
import org.alliancecare.directory.internal.domain.SessionLifetime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The validated-token cache: its time to live, the session's limits, drops and deafness. */
class ValidatedTokensTest {

  private static final SessionLifetime LIFETIME = SessionLifetime.DEFAULT;
  private static final Instant NOW = Instant.parse("2026-12-05T09:00:00Z");
  private static final Caller DOCTOR =
      new Caller("doctor.wensu", "Doctor", Set.of(Role.DOCTOR), Set.of("652922"), null);

  private final ValidatedTokens tokens = new ValidatedTokens();

  @BeforeEach
  void listening() {
    tokens.heard();
  }

  private static ValidatedToken checked(String accountId, Instant lastUse, Instant checkedAt) {
    return new ValidatedToken(
        DOCTOR, accountId, NOW.plus(Duration.ofHours(12)), lastUse, checkedAt);
  }

  @Test
  void a_checked_token_is_answered_until_its_time_to_live_ends() {
    tokens.remember("a", checked("account-1", NOW, NOW), tokens.generation());

    assertThat(tokens.find("a", NOW.plusSeconds(14), LIFETIME)).isNotNull();
    assertThat(tokens.find("a", NOW.plus(ValidatedTokens.TIME_TO_LIVE), LIFETIME)).isNull();
    assertThat(tokens.size()).isZero();
  }

  @Test
  void a_session_idle_or_past_its_end_is_never_answered_from_memory() {
    Instant lastUse = NOW.minus(LIFETIME.idle()).plusSeconds(5);
    tokens.remember("idle", checked("account-1", lastUse, NOW), tokens.generation());
    tokens.remember(
        "ended",
        new ValidatedToken(DOCTOR, "account-1", NOW.plusSeconds(5), NOW, NOW),
        tokens.generation());

    assertThat(tokens.find("idle", NOW.plusSeconds(4), LIFETIME)).isNotNull();
    assertThat(tokens.find("idle", NOW.plusSeconds(5), LIFETIME)).isNull();
    assertThat(tokens.find("ended", NOW.plusSeconds(4), LIFETIME)).isNotNull();
    assertThat(tokens.find("ended", NOW.plusSeconds(5), LIFETIME)).isNull();
  }

  @Test
  void a_check_that_overlapped_a_revocation_is_not_remembered() {
    long before = tokens.generation();
    tokens.dropToken("a"); // the sign-out commits while the check reads the session
    tokens.remember("a", checked("account-1", NOW, NOW), before);

    assertThat(tokens.find("a", NOW, LIFETIME)).isNull();
  }

  @Test
  void an_account_change_drops_every_token_of_the_account_and_only_those() {
    tokens.remember("a1", checked("account-1", NOW, NOW), tokens.generation());
    tokens.remember("a2", checked("account-1", NOW, NOW), tokens.generation());
    tokens.remember("b", checked("account-2", NOW, NOW), tokens.generation());

    tokens.dropAccount("account-1");

    assertThat(tokens.find("a1", NOW, LIFETIME)).isNull();
    assertThat(tokens.find("a2", NOW, LIFETIME)).isNull();
    assertThat(tokens.find("b", NOW, LIFETIME)).isNotNull();
  }

  @Test
  void a_sign_out_drops_its_token_only() {
    tokens.remember("a1", checked("account-1", NOW, NOW), tokens.generation());
    tokens.remember("a2", checked("account-1", NOW, NOW), tokens.generation());

    tokens.dropToken("a1");

    assertThat(tokens.find("a1", NOW, LIFETIME)).isNull();
    assertThat(tokens.find("a2", NOW, LIFETIME)).isNotNull();
  }

  @Test
  void while_revocations_are_not_heard_nothing_is_held_or_answered() {
    tokens.remember("a", checked("account-1", NOW, NOW), tokens.generation());

    tokens.unheard();
    assertThat(tokens.size()).isZero();
    tokens.remember("b", checked("account-1", NOW, NOW), tokens.generation());
    assertThat(tokens.find("b", NOW, LIFETIME)).isNull();

    tokens.heard();
    assertThat(tokens.find("a", NOW, LIFETIME)).isNull();
    assertThat(tokens.find("b", NOW, LIFETIME)).isNull();
  }

  @Test
  void of_concurrent_requests_one_records_the_use() {
    Instant lastUse = NOW.minus(Duration.ofMinutes(2));
    tokens.remember("a", checked("account-1", lastUse, NOW), tokens.generation());
    Instant later = NOW.plusSeconds(1);
    ValidatedToken first = tokens.find("a", later, LIFETIME);
    ValidatedToken second = tokens.find("a", later, LIFETIME);

    assertThat(first.useDueAt(later)).isTrue();
    assertThat(tokens.claimUse("a", first, later)).isTrue();
    assertThat(tokens.claimUse("a", second, later)).isFalse();
    assertThat(tokens.find("a", later, LIFETIME).useDueAt(later.plusSeconds(30))).isFalse();
  }

  @Test
  void the_cache_holds_at_most_its_capacity() {
    for (int i = 0; i < ValidatedTokens.CAPACITY + 10; i++) {
      tokens.remember("t" + i, checked("account-" + i, NOW, NOW), tokens.generation());
    }
    assertThat(tokens.size()).isEqualTo(ValidatedTokens.CAPACITY);
    // once the held ones are stale, a new one takes their place
    Instant later = NOW.plus(ValidatedTokens.TIME_TO_LIVE);
    tokens.remember("new", checked("account-new", later, later), tokens.generation());
    assertThat(tokens.find("new", later, LIFETIME)).isNotNull();
  }
}
