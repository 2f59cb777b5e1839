package org.alliancecare.audit.internal.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.alliancecare.audit.api.Verification;
import org.alliancecare.audit.internal.domain.JournalVerifier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Not part of the default build (tag {@code benchmark}). 10,000 journal appends from 8 threads,
 * each thread to its own streams, one transaction per append as a business transaction would have
 * it (head lookup, insert, commit), against the same 10,000 single-row INSERT + COMMIT into a
 * scratch table with no hash chain. Prints throughput and per-append latency percentiles.
 *
 * <pre>
 * mvn -B verify -pl modules/audit -Daudit.excludedGroups= -Dgroups=benchmark \
 *     -Dit.test=JournalAppendBenchmarkIT -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 */
@Tag("benchmark")
class JournalAppendBenchmarkIT {

  private static final int THREADS = 8;
  private static final int APPENDS = 10_000;
  private static final int STREAMS_PER_THREAD = 50;

  interface Append {
    void run(Connection connection, int thread, int i) throws SQLException;
  }

  @Test
  void appends_of_10000_events_over_8_threads() throws Exception {
    MigratedDatabase database = MigratedDatabase.create("bench");
    try (Connection c = database.connect();
        Statement s = c.createStatement()) {
      s.execute(
          "CREATE TABLE public.scratch (id bigserial PRIMARY KEY, stream text, payload text)");
      c.commit();
    }
    // warm up both paths (JIT, connections, plans)
    run(database, 800, this::journalAppend, "warm-up journal", false);
    run(database, 800, this::plainInsert, "warm-up baseline", false);
    run(
        database,
        APPENDS,
        this::journalAppend,
        "journal append (head lookup + insert + commit)",
        true);
    run(database, APPENDS, this::plainInsert, "baseline (single-row INSERT + COMMIT)", true);
    try (Connection c = database.connect()) {
      Verification verification =
          JdbcJournal.inStreamOrder(c, null, null, e -> JournalVerifier.verify(e, List.of()));
      System.out.printf(
          "verified %d entries in %d streams: %s%n",
          verification.entriesChecked(), verification.streamsChecked(), verification.verified());
      if (!verification.verified()) {
        throw new AssertionError(verification.firstBroken());
      }
    }
  }

  private void journalAppend(Connection c, int thread, int i) throws SQLException {
    JdbcJournal.append(
        c,
        "Bench",
        "t" + thread + "-s" + (i % STREAMS_PER_THREAD),
        "p" + i,
        "BenchmarkEventRecorded",
        "{\"i\":" + i + ",\"note\":\"a payload of a typical size for an event record\"}",
        "bench",
        Instant.now(),
        Instant.now());
  }

  private void plainInsert(Connection c, int thread, int i) throws SQLException {
    try (PreparedStatement insert =
        c.prepareStatement("INSERT INTO public.scratch (stream, payload) VALUES (?, ?)")) {
      insert.setString(1, "t" + thread + "-s" + (i % STREAMS_PER_THREAD));
      insert.setString(
          2, "{\"i\":" + i + ",\"note\":\"a payload of a typical size for an event record\"}");
      insert.executeUpdate();
    }
  }

  private static void run(
      MigratedDatabase database, int total, Append append, String name, boolean print)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    List<Future<long[]>> threads = new ArrayList<>();
    int each = total / THREADS;
    long began = System.nanoTime();
    for (int t = 0; t < THREADS; t++) {
      int thread = t;
      threads.add(
          pool.submit(
              () -> {
                long[] latencies = new long[each];
                try (Connection c = database.connect()) {
                  for (int i = 0; i < each; i++) {
                    long start = System.nanoTime();
                    append.run(c, thread, i);
                    c.commit();
                    latencies[i] = System.nanoTime() - start;
                  }
                }
                return latencies;
              }));
    }
    long[] all = new long[each * THREADS];
    int at = 0;
    for (Future<long[]> thread : threads) {
      long[] latencies = thread.get();
      System.arraycopy(latencies, 0, all, at, latencies.length);
      at += latencies.length;
    }
    long elapsed = System.nanoTime() - began;
    pool.shutdown();
    if (print) {
      Arrays.sort(all);
      System.out.printf(
          "%s: %d in %.2f s = %.0f/s; latency p50 %.2f ms, p99 %.2f ms, max %.2f ms%n",
          name,
          all.length,
          elapsed / 1e9,
          all.length / (elapsed / 1e9),
          all[all.length / 2] / 1e6,
          all[(int) (all.length * 0.99)] / 1e6,
          all[all.length - 1] / 1e6);
    }
  }
}
