package org.alliancecare.bench;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.HdrHistogram.Histogram;

/**
 * The reads users wait for: a child's timeline ({@code GET /api/patients/{id}/timeline}) under many
 * clients, the program report for one county and phase and for everything, and the referral work
 * lists — with the raw journal query as the floor of the timeline.
 */
final class Reads {

  private final URI base;
  private final RunningApp app;
  private final Duration warmUp;
  private final Duration measured;

  Reads(URI base, RunningApp app, Duration warmUp, Duration measured) {
    this.base = base;
    this.app = app;
    this.warmUp = warmUp;
    this.measured = measured;
  }

  /** Timelines of the given children, each client asking for one child after another. */
  Measured timelines(List<String> children, int clients) throws InterruptedException {
    return Load.run(
        "timeline",
        clients,
        warmUp,
        measured,
        client -> {
          Http coordinator = Http.signedIn(base, "coordinator", "Qiming-phase-three");
          return (c, i) -> {
            String child = children.get((int) ((c * 31L + i * 17L) % children.size()));
            Http.Answer answer = coordinator.get("/api/patients/" + child + "/timeline");
            if (answer.status() != 200) {
              System.out.println(
                  "  timeline answered " + answer.status() + ": " + answer.abbreviated());
              return false;
            }
            return true;
          };
        },
        app::serverCpuMillis);
  }

  /**
   * The floor of a timeline: the journal entries of the child read over plain JDBC, by as many
   * threads, with nothing else (no HTTP, no access log, no JSON).
   */
  Measured journalQuery(List<String> children, int clients)
      throws InterruptedException, java.sql.SQLException {
    List<Connection> connections = new java.util.concurrent.CopyOnWriteArrayList<>();
    try {
      return journalQueryRun(children, clients, connections);
    } finally {
      for (Connection connection : connections) {
        connection.close();
      }
    }
  }

  private Measured journalQueryRun(List<String> children, int clients, List<Connection> connections)
      throws InterruptedException {
    return Load.run(
        "journal-query",
        clients,
        warmUp,
        measured,
        client -> {
          Connection connection = app.database();
          connections.add(connection);
          PreparedStatement select =
              connection.prepareStatement(
                  "SELECT seq, stream_type, stream_id, stream_version, patient_id, event_type,"
                      + " payload, actor, occurred_at, recorded_at, prev_hash, hash"
                      + " FROM audit.journal_entry WHERE patient_id = ? ORDER BY seq");
          return (c, i) -> {
            select.setString(1, children.get((int) ((c * 31L + i * 17L) % children.size())));
            int rows = 0;
            try (ResultSet result = select.executeQuery()) {
              while (result.next()) {
                result.getString(7);
                rows++;
              }
            }
            return rows > 0;
          };
        });
  }

  /** One GET repeated by one client: warm-up runs, then {@code times} measured ones. */
  Measured repeated(
      String name, Supplier<String> path, int warmUps, int times, String account, String password)
      throws Exception {
    Http http = Http.signedIn(base, account, password);
    Histogram latencies = new Histogram(Duration.ofMinutes(10).toNanos() / 1000, 3);
    long failures = 0;
    long began = System.nanoTime();
    for (int i = 0; i < warmUps + times; i++) {
      long start = System.nanoTime();
      Http.Answer answer = http.get(path.get());
      long took = (System.nanoTime() - start) / 1000;
      if (answer.status() != 200) {
        failures++;
        System.out.println(
            "  " + name + " answered " + answer.status() + ": " + answer.abbreviated());
        if (i == 0) {
          break;
        }
        continue;
      }
      if (i >= warmUps) {
        latencies.recordValue(took);
      }
    }
    return new Measured(
        name, 1, latencies.getTotalCount(), failures, (System.nanoTime() - began) / 1e9, latencies);
  }

  /** The number of entries of each child's timeline, to say what "about a hundred" was. */
  static double[] eventsPerChild(Connection connection, List<String> children) throws Exception {
    List<Double> counts = new ArrayList<>();
    try (PreparedStatement count =
        connection.prepareStatement(
            "SELECT count(*) FROM audit.journal_entry WHERE patient_id = ?")) {
      for (String child : children) {
        count.setString(1, child);
        try (ResultSet row = count.executeQuery()) {
          row.next();
          counts.add((double) row.getLong(1));
        }
      }
    }
    double[] values = counts.stream().mapToDouble(Double::doubleValue).toArray();
    Arrays.sort(values);
    return values;
  }
}
