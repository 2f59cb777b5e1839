package org.alliancecare.app.internal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.alliancecare.kernel.scheduling.OnceInCluster;
import org.alliancecare.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Several nodes' timers firing for the same occurrence of a job, each claiming it on a connection
 * of its own on a real PostgreSQL with the platform migrations: exactly one runs it; the next
 * occurrence runs again; old claims are deleted.
 */
class ScheduledRunsIT {

  private static final Duration TEN_MINUTES = Duration.ofMinutes(10);

  private DataSource database;

  @BeforeEach
  void platformSchema() {
    TestDatabase server = TestDatabase.get();
    database = server.dataSource(server.migratedDatabase("scheduled", "platform"));
  }

  /** A node: its own claims bean over its own connections. */
  private ScheduledRuns node() {
    ScheduledRuns runs = new ScheduledRuns();
    runs.dataSource = database;
    return runs;
  }

  @Test
  void an_occurrence_fired_on_every_node_at_once_runs_on_one() throws Exception {
    int nodes = 8;
    AtomicInteger ran = new AtomicInteger();
    Instant fired = Instant.parse("2026-12-05T03:17:00.120Z");
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService timers = Executors.newFixedThreadPool(nodes);
    try {
      List<Future<Boolean>> answers = new ArrayList<>();
      for (int i = 0; i < nodes; i++) {
        ScheduledRuns node = node();
        // each node's timer fires a little later by its own clock
        Instant firedHere = fired.plusMillis(37L * i);
        Callable<Boolean> timer =
            () -> {
              start.await();
              return OnceInCluster.run(
                  node, "ended-sessions", firedHere, TEN_MINUTES, ran::incrementAndGet);
            };
        answers.add(timers.submit(timer));
      }
      start.countDown();
      int claimed = 0;
      for (Future<Boolean> answer : answers) {
        claimed += answer.get() ? 1 : 0;
      }
      assertThat(claimed).isEqualTo(1);
      assertThat(ran).hasValue(1);
    } finally {
      timers.shutdownNow();
    }
    assertThat(rows("SELECT count(*) FROM platform.scheduled_run WHERE finished_at IS NOT NULL"))
        .as("the run that ended is recorded as ended")
        .isEqualTo(1);
  }

  @Test
  void the_next_occurrence_runs_again_and_another_job_is_claimed_apart() {
    AtomicInteger ran = new AtomicInteger();
    ScheduledRuns first = node();
    ScheduledRuns second = node();
    Instant fired = Instant.parse("2026-12-05T10:00:00.004Z");

    assertThat(
            OnceInCluster.run(
                first, "export-housekeeping", fired, TEN_MINUTES, ran::incrementAndGet))
        .isTrue();
    assertThat(
            OnceInCluster.run(
                second,
                "export-housekeeping",
                fired.plusSeconds(3),
                TEN_MINUTES,
                ran::incrementAndGet))
        .as("the same occurrence, fired 3 s later on another node")
        .isFalse();
    assertThat(
            OnceInCluster.run(
                second,
                "export-housekeeping",
                fired.plus(TEN_MINUTES),
                TEN_MINUTES,
                ran::incrementAndGet))
        .as("the next occurrence")
        .isTrue();
    assertThat(OnceInCluster.run(first, "ended-sessions", fired, TEN_MINUTES, ran::incrementAndGet))
        .as("another job at the same time")
        .isTrue();
    assertThat(ran).hasValue(3);
  }

  @Test
  void a_job_that_fails_keeps_its_claim_and_the_next_occurrence_runs() {
    ScheduledRuns node = node();
    Instant fired = Instant.parse("2026-12-05T10:20:00Z");
    try {
      OnceInCluster.run(
          node,
          "export-housekeeping",
          fired,
          TEN_MINUTES,
          () -> {
            throw new IllegalStateException("the export folder is gone");
          });
    } catch (IllegalStateException expected) {
      // the job's failure reaches the timer
    }
    assertThat(OnceInCluster.run(node(), "export-housekeeping", fired, TEN_MINUTES, () -> {}))
        .isFalse();
    assertThat(
            OnceInCluster.run(
                node(), "export-housekeeping", fired.plus(TEN_MINUTES), TEN_MINUTES, () -> {}))
        .isTrue();
  }

  @Test
  void claims_older_than_the_retention_are_forgotten() throws SQLException {
    ScheduledRuns node = node();
    node.claim("ended-sessions", Instant.parse("2026-10-01T04:00:00Z"));
    node.claim("ended-sessions", Instant.parse("2026-12-05T04:00:00Z"));
    try (Connection connection = database.getConnection();
        Statement sql = connection.createStatement()) {
      sql.execute(
          "UPDATE platform.scheduled_run SET started_at = now() - interval '40 days'"
              + " WHERE due_at = '2026-10-01T04:00:00Z'");
    }

    assertThat(node.forgetOlderThan(Duration.ofDays(30))).isEqualTo(1);
    assertThat(rows("SELECT count(*) FROM platform.scheduled_run")).isEqualTo(1);
  }

  @Test
  void an_occurrence_is_the_firing_time_truncated_to_the_granule() {
    assertThat(OnceInCluster.due(Instant.parse("2026-12-05T03:17:42.5Z"), Duration.ofHours(1)))
        .isEqualTo(Instant.parse("2026-12-05T03:00:00Z"));
    assertThat(OnceInCluster.due(Instant.parse("2026-12-05T10:29:59Z"), TEN_MINUTES))
        .isEqualTo(Instant.parse("2026-12-05T10:20:00Z"));
  }

  private long rows(String count) {
    try (Connection connection = database.getConnection();
        Statement sql = connection.createStatement();
        ResultSet result = sql.executeQuery(count)) {
      result.next();
      return result.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
