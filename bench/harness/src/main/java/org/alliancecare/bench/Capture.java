package org.alliancecare.bench;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Screening capture: doctors' clients posting realistic screenings ({@code POST /api/screenings}
 * with a bearer token, an {@code Idempotency-Key}, a consenting child of their jurisdiction) in a
 * closed loop for a fixed time — authentication, validation, consent, classification, the
 * screening's rows, its journal entry and the stored idempotent response in one transaction each.
 *
 * <p>Baseline: the floor of one durable transaction per screening — a single-row {@code INSERT} of
 * the same shape (the screening's columns with its measurements and classification as jsonb) and
 * {@code COMMIT} over plain JDBC into a scratch table of the same database, with as many threads.
 */
final class Capture {

  private final URI base;
  private final RunningApp app;
  private final List<String> children;
  private final Duration warmUp;
  private final Duration measured;

  Capture(URI base, RunningApp app, List<String> children, Duration warmUp, Duration measured) {
    this.base = base;
    this.app = app;
    this.children = children;
    this.warmUp = warmUp;
    this.measured = measured;
  }

  Measured overHttp(int clients) throws InterruptedException {
    String run = UUID.randomUUID().toString().substring(0, 8);
    return Load.run(
        "capture",
        clients,
        warmUp,
        measured,
        client -> {
          Http doctor = Http.signedIn(base, "doctor.wensu", "Jiamu-clinic-2024");
          return (c, i) -> {
            String child = children.get((int) ((c * 7919L + i) % children.size()));
            JsonObject body =
                ScreeningTemplates.request(
                    (int) (i % ScreeningTemplates.REQUESTS.size()),
                    child,
                    Instant.now().minusSeconds(600));
            Http.Answer answer =
                doctor.post(
                    "/api/screenings",
                    body,
                    Map.of("Idempotency-Key", "bench-" + run + "-" + c + "-" + i));
            if (answer.status() != 201) {
              failure(answer);
              return false;
            }
            return true;
          };
        },
        app::serverCpuMillis);
  }

  Measured baseline(int clients) throws InterruptedException, SQLException {
    try (Connection connection = app.database();
        Statement ddl = connection.createStatement()) {
      ddl.execute("CREATE SCHEMA IF NOT EXISTS bench");
      ddl.execute(
          "CREATE TABLE IF NOT EXISTS bench.screening_insert ("
              + " id uuid PRIMARY KEY, patient_id uuid NOT NULL, kind text NOT NULL,"
              + " method text NOT NULL, performed_at timestamptz NOT NULL,"
              + " performer_username text NOT NULL, version bigint NOT NULL,"
              + " measurements jsonb NOT NULL, result text NOT NULL, classification jsonb NOT NULL,"
              + " rule_set_id text NOT NULL, recorded_at timestamptz NOT NULL)");
      ddl.execute("TRUNCATE bench.screening_insert");
    }
    String classification =
        "{\"notes\": [], \"result\": \"PASS\", \"reasons\": [], \"ruleSetId\":"
            + " \"child-screening-2021.1\", \"provisional\": true, \"betterEyeLogMar\": \"0.00\","
            + " \"icd11VisionCategory\": \"NONE\", \"gbVisionDisabilityGrade\": \"NONE\"}";
    List<Connection> connections = new java.util.concurrent.CopyOnWriteArrayList<>();
    try {
      return baselineRun(clients, classification, connections);
    } finally {
      for (Connection connection : connections) {
        connection.close();
      }
    }
  }

  private Measured baselineRun(int clients, String classification, List<Connection> connections)
      throws InterruptedException {
    return Load.run(
        "jdbc-insert",
        clients,
        warmUp,
        measured,
        client -> {
          Connection connection = app.database();
          connections.add(connection);
          connection.setAutoCommit(false);
          PreparedStatement insert =
              connection.prepareStatement(
                  "INSERT INTO bench.screening_insert (id, patient_id, kind, method, performed_at,"
                      + " performer_username, version, measurements, result, classification,"
                      + " rule_set_id, recorded_at)"
                      + " VALUES (?, ?, ?, ?, ?, ?, 1, ?::jsonb, ?, ?::jsonb, ?, ?)");
          return (c, i) -> {
            String child = children.get((int) ((c * 7919L + i) % children.size()));
            JsonObject body =
                ScreeningTemplates.request(
                    (int) (i % ScreeningTemplates.REQUESTS.size()),
                    child,
                    Instant.now().minusSeconds(600));
            insert.setObject(1, UUID.randomUUID());
            insert.setObject(2, UUID.fromString(child));
            insert.setString(3, body.getString("kind"));
            insert.setString(4, body.getString("method"));
            insert.setObject(5, OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(10));
            insert.setString(6, "doctor.wensu");
            insert.setString(7, body.getJsonObject("measurements").toString());
            insert.setString(8, "PASS");
            insert.setString(9, classification);
            insert.setString(10, "child-screening-2021.1");
            insert.setObject(11, OffsetDateTime.now(ZoneOffset.UTC));
            insert.executeUpdate();
            connection.commit();
            return true;
          };
        });
  }

  private static volatile boolean failureShown;

  private static void failure(Http.Answer answer) throws IOException {
    if (!failureShown) {
      failureShown = true;
      System.out.println("  first failed capture: " + answer.status() + " " + answer.abbreviated());
    }
  }
}
