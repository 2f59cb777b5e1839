package org.alliancecare.interop.internal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import org.alliancecare.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two nodes over one real PostgreSQL, each with its own connections: a job one node runs is seen as
 * running by the other, which neither runs it too nor takes it for interrupted; it is free once its
 * run ends, and at once when the running node's connection dies (a node killed).
 */
class JobTenureIT {

  private static final String JOB = "6f1c9a52-0b7e-4d23-8f61-2a9d3c4b5e70";

  private DataSource database;
  private JobTenure first;
  private JobTenure second;

  @BeforeEach
  void twoNodes() {
    TestDatabase server = TestDatabase.get();
    database = server.dataSource(server.freshDatabase("tenure"));
    first = new JobTenure(database);
    second = new JobTenure(database);
  }

  @Test
  void a_job_run_by_one_node_is_neither_run_nor_failed_by_the_other() {
    Optional<JobTenure.Held> running = first.hold("import", JOB);
    assertThat(running).isPresent();

    assertThat(second.hold("import", JOB)).as("the other node runs it too").isEmpty();
    assertThat(second.heldAnywhere("import", JOB)).isTrue();
    assertThat(first.heldAnywhere("import", JOB)).as("this node's other threads").isTrue();
    assertThat(second.heldAnywhere("export", JOB)).as("another sort of job, same id").isFalse();

    running.get().close();

    assertThat(second.heldAnywhere("import", JOB)).isFalse();
    try (JobTenure.Held resumed = second.hold("import", JOB).orElseThrow()) {
      assertThat(first.heldAnywhere("import", JOB)).isTrue();
    }
  }

  @Test
  void the_job_of_a_node_that_died_is_free_at_once() throws Exception {
    Optional<JobTenure.Held> running = first.hold("export", JOB);
    assertThat(running).isPresent();

    try (Connection admin = database.getConnection();
        Statement sql = admin.createStatement()) {
      sql.execute(
          "SELECT pg_terminate_backend(pid) FROM pg_locks"
              + " WHERE locktype = 'advisory' AND granted AND pid <> pg_backend_pid()");
    }

    await(() -> !second.heldAnywhere("export", JOB), "the lock ended with the connection");
    Optional<JobTenure.Held> taken = second.hold("export", JOB);
    assertThat(taken).isPresent();
    taken.get().close();
    running.get().close(); // the dead connection's release: nothing to undo, no failure
  }

  private static void await(BooleanSupplier condition, String what) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("waited for: " + what).isLessThan(deadline);
      Thread.sleep(20);
    }
  }
}
