package org.alliancecare.directory.internal.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.alliancecare.directory.api.Caller;
import org.alliancecare.directory.api.Role;
import org.alliancecare.directory.internal.domain.SessionLifetime;
import org.alliancecare.directory.internal.persistence.Revocation;
import org.alliancecare.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two nodes' token caches, each with its listener on the same real PostgreSQL: a revocation
 * committed by one node reaches the other's cache, a rolled-back one does not, and a listener that
 * lost its connection empties its cache and answers nothing from it until it listens again.
 */
class SessionRevocationsIT {

  private static final SessionLifetime LIFETIME = SessionLifetime.DEFAULT;
  private static final Caller DOCTOR =
      new Caller("doctor.wensu", "Doctor", Set.of(Role.DOCTOR), Set.of("652922"), null);

  private String url;
  private Node first;
  private Node second;

  /** One application node's cache and listener. */
  private static final class Node {
    final ValidatedTokens tokens = new ValidatedTokens();
    final SessionRevocations revocations = new SessionRevocations();

    Node(String url) {
      revocations.tokens = tokens;
      revocations.url = Optional.of(url);
      revocations.user = Optional.of(TestDatabase.get().user());
      revocations.password = Optional.of(TestDatabase.get().password());
      revocations.listen(new Object());
    }

    void hold(String tokenHash, String accountId) {
      Instant now = Instant.now();
      tokens.remember(
          tokenHash,
          new ValidatedToken(DOCTOR, accountId, now.plus(Duration.ofHours(12)), now, now),
          tokens.generation());
    }

    boolean holds(String tokenHash) {
      return tokens.find(tokenHash, Instant.now(), LIFETIME) != null;
    }
  }

  @BeforeEach
  void twoNodes() throws InterruptedException {
    url = TestDatabase.get().freshDatabase("revocations");
    first = new Node(url);
    second = new Node(url);
    await(() -> first.tokens.answering() && second.tokens.answering(), "both listening");
  }

  @AfterEach
  void stop() {
    first.revocations.stop();
    second.revocations.stop();
  }

  /** What {@code SessionStore.announce} sends, in a transaction that commits or rolls back. */
  private void announce(Revocation revocation, boolean commit) throws SQLException {
    try (Connection connection =
        java.sql.DriverManager.getConnection(
            url, TestDatabase.get().user(), TestDatabase.get().password())) {
      connection.setAutoCommit(false);
      try (PreparedStatement notify = connection.prepareStatement("SELECT pg_notify(?, ?)")) {
        notify.setString(1, Revocation.CHANNEL);
        notify.setString(2, revocation.payload());
        notify.execute();
      }
      if (commit) {
        connection.commit();
      } else {
        connection.rollback();
      }
    }
  }

  @Test
  void a_sign_out_committed_on_one_node_drops_the_token_on_the_other() throws Exception {
    first.hold("token-a", "account-1");
    second.hold("token-a", "account-1");
    second.hold("token-b", "account-1");

    announce(Revocation.ofToken("token-a"), false);
    Thread.sleep(500);
    assertThat(second.holds("token-a")).as("a rolled-back sign-out is not heard").isTrue();

    long sent = System.nanoTime();
    announce(Revocation.ofToken("token-a"), true);
    await(() -> !second.holds("token-a") && !first.holds("token-a"), "token-a dropped");
    System.out.printf(
        "revocation heard on both nodes after %d ms%n", (System.nanoTime() - sent) / 1_000_000);
    assertThat(second.holds("token-b")).isTrue();
  }

  @Test
  void a_disabled_account_drops_all_its_tokens_on_the_other_node() throws Exception {
    second.hold("token-a", "account-1");
    second.hold("token-b", "account-1");
    second.hold("token-c", "account-2");

    announce(Revocation.ofAccount("account-1"), true);

    await(() -> !second.holds("token-a") && !second.holds("token-b"), "account-1 dropped");
    assertThat(second.holds("token-c")).isTrue();
  }

  @Test
  void after_a_lost_connection_the_cache_is_emptied_and_listens_again() throws Exception {
    second.hold("token-a", "account-1");
    assertThat(second.holds("token-a")).isTrue();

    try (Connection admin =
            java.sql.DriverManager.getConnection(
                url, TestDatabase.get().user(), TestDatabase.get().password());
        Statement terminate = admin.createStatement()) {
      terminate.execute(
          "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
              + " WHERE application_name = 'AllianceCare session revocations'"
              + " AND datname = current_database()");
    }

    await(() -> !second.holds("token-a"), "the cache emptied");
    await(() -> second.tokens.answering(), "listening again");
    assertThat(second.holds("token-a")).as("missed revocations: nothing kept").isFalse();

    second.hold("token-b", "account-1");
    assertThat(second.holds("token-b")).isTrue();
    announce(Revocation.ofToken("token-b"), true);
    await(() -> !second.holds("token-b"), "revocations heard again after reconnecting");
  }

  private static void await(BooleanSupplier condition, String what) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("waited for: " + what).isLessThan(deadline);
      Thread.sleep(20);
    }
  }
}
