package org.alliancecare.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.alliancecare.testing.Api;
import org.alliancecare.testing.ApiResponse;
import org.alliancecare.testing.RunningApplication;
import org.junit.jupiter.api.Test;

/**
 * The packaged application started the way the README's run command starts it, with no database
 * configured: it brings up its embedded PostgreSQL in a fresh data directory, becomes ready,
 * answers as API.md says, stops cleanly on SIGTERM (the application first, the database after it),
 * and a second start finds what the first one committed.
 */
class ApplicationLifecycleIT {

  private static final String ADMIN_PASSWORD = "Lifecycle-admin-2026!";

  @Test
  void starts_answers_stops_cleanly_and_keeps_committed_data_across_a_restart() throws Exception {
    Path data = Files.createTempDirectory("alliancecare-lifecycle-");
    RunningApplication app =
        RunningApplication.start(data, Map.of("ALLIANCECARE_ADMIN_PASSWORD", ADMIN_PASSWORD));
    try {
      System.out.printf(
          "first start (initdb, migrations) ready in %d ms%n", app.startedIn().toMillis());
      Api api = app.api();

      ApiResponse version = api.get("/api/version");
      assertThat(version.status()).isEqualTo(200);
      assertThat(version.json().getJsonObject("database").getString("product"))
          .isEqualTo("PostgreSQL");

      ApiResponse wrongMethod = api.post("/api/version", "{}");
      assertThat(wrongMethod.status()).isEqualTo(405);
      assertThat(wrongMethod.contentType()).startsWith("application/problem+json");
      assertThat(wrongMethod.json().getInt("status")).isEqualTo(405);

      ApiResponse malformed = api.post("/api/session", "{\"username\": \"admin\", ");
      assertThat(malformed.status()).isEqualTo(400);
      assertThat(malformed.contentType()).startsWith("application/problem+json");
      assertThat(malformed.json().getJsonArray("errors")).isNotEmpty();

      String admin = signIn(api, "admin", ADMIN_PASSWORD);
      ApiResponse created =
          api.as(admin)
              .post(
                  "/api/accounts",
                  """
                  {"username": "restart.check", "displayName": "Restart Check",
                   "password": "Kept-after-restart-2026", "roles": ["AUDITOR"],
                   "jurisdiction": ["652922"]}
                  """);
      assertThat(created.status()).as(created.toString()).isEqualTo(201);

      assertThat(app.stop()).isZero();
      String log = app.log();
      assertThat(log.indexOf("the application stopped (exit code"))
          .as("the application stops before the database")
          .isPositive()
          .isLessThan(log.indexOf("embedded PostgreSQL stopped"));

      List<String> answersWhileStarting = new CopyOnWriteArrayList<>();
      AtomicBoolean starting = new AtomicBoolean(true);
      Thread knocking = new Thread(() -> knock(app, starting, answersWhileStarting));
      knocking.start();
      app.start();
      starting.set(false);
      knocking.join();
      System.out.printf("second start ready in %d ms%n", app.startedIn().toMillis());
      // while it starts, the server refuses connections: it never answers for the application
      assertThat(answersWhileStarting).allMatch(answer -> answer.endsWith("nosniff"));
      String kept = signIn(app.api(), "restart.check", "Kept-after-restart-2026");
      assertThat(kept).isNotBlank();
      ApiResponse account =
          app.api()
              .as(signIn(app.api(), "admin", ADMIN_PASSWORD))
              .get("/api/accounts/restart.check");
      assertThat(account.status()).isEqualTo(200);
      assertThat(account.json().getString("displayName")).isEqualTo("Restart Check");
    } finally {
      app.close();
    }
  }

  private static String signIn(Api api, String username, String password) {
    ApiResponse session =
        api.post(
            "/api/session",
            "{\"username\": \"" + username + "\", \"password\": \"" + password + "\"}");
    assertThat(session.status()).as(session.toString()).isEqualTo(200);
    return session.json().getString("token");
  }

  /** Asks for the version until the start is over, noting each answer's status and headers. */
  private static void knock(RunningApplication app, AtomicBoolean starting, List<String> answers) {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    while (starting.get()) {
      try {
        HttpResponse<Void> answer =
            http.send(
                HttpRequest.newBuilder(app.uri("/api/version")).GET().build(),
                HttpResponse.BodyHandlers.discarding());
        answers.add(
            answer.statusCode()
                + " "
                + answer.headers().firstValue("X-Content-Type-Options").orElse("-"));
      } catch (IOException refused) {
        // not listening: what a client of a starting server should see
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }
}
