package org.alliancecare.directory.internal.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.alliancecare.directory.api.Caller;
import org.alliancecare.directory.api.Role;
import org.alliancecare.directory.internal.domain.Place;
import org.alliancecare.directory.internal.domain.SessionLifetime;
import org.alliancecare.directory.internal.persistence.PlaceStore;
import org.alliancecare.directory.internal.persistence.Revocation;
import org.alliancecare.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two nodes' token caches and place trees, each node with its listener on the same real PostgreSQL:
 * a revocation or a place change committed by one node reaches the other's cache, a rolled-back one
 * does not, and a listener that lost its connection empties its caches and answers nothing from
 * them until it listens again.
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
    final CountedPlaces places = new CountedPlaces();
    final PlaceTreeCache placeTree = new PlaceTreeCache();
    final ChangesOfOtherNodes changes = new ChangesOfOtherNodes();

    Node(String url) {
      revocations.tokens = tokens;
      placeTree.places = places;
      placeTree.clock = java.time.Clock.systemUTC();
      changes.revocations = revocations;
      changes.tokens = tokens;
      changes.placeTree = placeTree;
      changes.url = Optional.of(url);
      changes.user = Optional.of(TestDatabase.get().user());
      changes.password = Optional.of(TestDatabase.get().password());
      changes.listen(new Object());
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

  /** The places of a node's database: none, counting how often they are read. */
  private static final class CountedPlaces extends PlaceStore {
    final AtomicInteger reads = new AtomicInteger();

    @Override
    public List<Place> all() {
      reads.incrementAndGet();
      return List.of();
    }
  }

  @AfterEach
  void stop() {
    first.changes.stop();
    second.changes.stop();
  }

  /** What {@code SessionStore.announce} sends, in a transaction that commits or rolls back. */
  private void announce(Revocation revocation, boolean commit) throws SQLException {
    notify(Revocation.CHANNEL, revocation.payload(), commit);
  }

  /** A notification on {@code channel}, in a transaction that commits or rolls back. */
  private void notify(String channel, String payload, boolean commit) throws SQLException {
    try (Connection connection =
        java.sql.DriverManager.getConnection(
            url, TestDatabase.get().user(), TestDatabase.get().password())) {
      connection.setAutoCommit(false);
      try (PreparedStatement notify = connection.prepareStatement("SELECT pg_notify(?, ?)")) {
        notify.setString(1, channel);
        notify.setString(2, payload);
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
              + " WHERE application_name = 'AllianceCare directory changes'"
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

  @Test
  void a_place_added_on_one_node_drops_the_place_tree_of_the_other() throws Exception {
    await(() -> second.placeTree.keeping(), "the place tree kept");
    second.placeTree.tree();
    second.placeTree.tree();
    assertThat(second.places.reads).as("read once, then kept").hasValue(1);

    notify(PlaceStore.CHANGED, "652922101", false);
    Thread.sleep(500);
    second.placeTree.tree();
    assertThat(second.places.reads).as("a rolled-back place is not heard").hasValue(1);

    long sent = System.nanoTime();
    notify(PlaceStore.CHANGED, "652922101", true);
    await(
        () -> {
          second.placeTree.tree();
          return second.places.reads.get() == 2;
        },
        "the place tree read again");
    System.out.printf(
        "place change heard on the other node after %d ms%n",
        (System.nanoTime() - sent) / 1_000_000);
    second.placeTree.tree();
    assertThat(second.places.reads).as("kept again after the change").hasValue(2);
  }

  @Test
  void a_node_that_does_not_listen_reads_the_place_tree_every_time() throws Exception {
    second.placeTree.tree();
    int before = second.places.reads.get();
    try (Connection admin =
            java.sql.DriverManager.getConnection(
                url, TestDatabase.get().user(), TestDatabase.get().password());
        Statement terminate = admin.createStatement()) {
      terminate.execute(
          "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
              + " WHERE application_name = 'AllianceCare directory changes'"
              + " AND datname = current_database()");
    }
    second.changes.stop(); // and stays deaf
    assertThat(second.placeTree.keeping()).isFalse();
    second.placeTree.tree();
    second.placeTree.tree();
    assertThat(second.places.reads.get() - before).isEqualTo(2);
  }

  private static void await(BooleanSupplier condition, String what) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("waited for: " + what).isLessThan(deadline);
      Thread.sleep(20);
    }
  }
}
