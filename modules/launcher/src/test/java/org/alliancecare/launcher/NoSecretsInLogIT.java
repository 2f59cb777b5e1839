package org.alliancecare.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.alliancecare.testing.Api;
import org.alliancecare.testing.ApiResponse;
import org.alliancecare.testing.DemoAccounts;
import org.alliancecare.testing.RunningApplication;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * No password, token or hash in the application's log or its answers: after signing in and out,
 * failing, creating accounts and changing passwords (and after every other whole-application test,
 * as it runs last), the whole log is searched for every password and token the tests used, and for
 * every password hash and token hash that the database holds.
 */
@Order(Integer.MAX_VALUE)
class NoSecretsInLogIT {

  private static final Pattern DATABASE_PORT =
      Pattern.compile("embedded PostgreSQL is up on port (\\d+)");

  @Test
  void no_password_token_or_hash_is_logged_or_answered() throws SQLException {
    RunningApplication app = RunningApplication.shared();
    Api anonymous = app.api();
    List<ApiResponse> answers = new ArrayList<>();

    String adminToken = signIn(anonymous, "admin", RunningApplication.ADMIN_PASSWORD, answers);
    Api admin = anonymous.as(adminToken);
    for (String demo :
        List.of(
            DemoAccounts.DOCTOR_WENSU,
            DemoAccounts.DOCTOR_KUQA,
            DemoAccounts.LEAD_PED,
            DemoAccounts.COORDINATOR,
            DemoAccounts.AUDITOR_WENSU,
            DemoAccounts.AUDITOR_KUQA)) {
      String token = signIn(anonymous, demo, DemoAccounts.password(demo), answers);
      answers.add(anonymous.as(token).get("/api/me"));
    }
    String username = "secret." + UUID.randomUUID().toString().substring(0, 8);
    String first = Secrets.remember("First-secret-" + UUID.randomUUID());
    answers.add(
        admin.post(
            "/api/accounts",
            """
            {"username": "%s", "displayName": "Secret keeper", "password": "%s",
             "roles": ["AUDITOR"], "jurisdiction": ["652902"]}"""
                .formatted(username, first)));
    String token = signIn(anonymous, username, first, answers);
    answers.add(anonymous.post("/api/session", body(username, Secrets.remember("Wrong-" + first))));
    String second = Secrets.remember("Second-secret-" + UUID.randomUUID());
    String etag = admin.get("/api/accounts/" + username).header("ETag").orElseThrow();
    answers.add(
        admin
            .withHeader("If-Match", etag)
            .patch("/api/accounts/" + username, "{\"password\": \"" + second + "\"}"));
    answers.add(anonymous.as(token).get("/api/me"));
    signIn(anonymous, username, second, answers);
    answers.add(admin.get("/api/accounts?limit=500"));
    answers.add(admin.get("/api/accounts/" + username));

    List<String> secrets = new ArrayList<>(Secrets.used());
    secrets.addAll(storedHashes(app.log()));
    assertThat(secrets).hasSizeGreaterThan(20);

    String log = app.log();
    assertThat(log).as("the application's log").isNotEmpty();
    for (String secret : secrets) {
      assertThat(log.contains(secret))
          .as("the log contains a secret (%s...)", secret.substring(0, 4))
          .isFalse();
    }
    for (ApiResponse answer : answers) {
      assertThat(answer.body()).doesNotContain("pbkdf2").doesNotContain("passwordHash");
      for (String secret : secrets) {
        if (!answer.body().contains("\"token\"")) {
          assertThat(answer.body().contains(secret))
              .as("an answer contains a secret: %s", answer)
              .isFalse();
        }
      }
    }
  }

  private static String body(String username, String password) {
    return "{\"username\": \"" + username + "\", \"password\": \"" + password + "\"}";
  }

  private static String signIn(
      Api api, String username, String password, List<ApiResponse> answers) {
    Secrets.remember(password);
    ApiResponse session = api.post("/api/session", body(username, password));
    assertThat(session.status()).as(session.toString()).isEqualTo(200);
    answers.add(session);
    return Secrets.remember(session.json().getString("token"));
  }

  /**
   * Every password hash (whole, and its salt and hash parts) and token hash in the database of the
   * running application, found through the embedded database's port in the launcher's log.
   */
  private static List<String> storedHashes(String log) throws SQLException {
    Matcher port = DATABASE_PORT.matcher(log);
    assertThat(port.find()).as("the launcher logs the embedded database's port").isTrue();
    List<String> hashes = new ArrayList<>();
    try (Connection connection =
            DriverManager.getConnection(
                "jdbc:postgresql://localhost:" + port.group(1) + "/alliancecare",
                "postgres",
                "postgres");
        Statement statement = connection.createStatement()) {
      try (ResultSet rows = statement.executeQuery("SELECT password_hash FROM directory.account")) {
        while (rows.next()) {
          String encoded = rows.getString(1);
          hashes.add(encoded);
          String[] parts = encoded.split("\\$");
          hashes.add(parts[2]);
          hashes.add(parts[3]);
        }
      }
      try (ResultSet rows = statement.executeQuery("SELECT token_hash FROM directory.session")) {
        while (rows.next()) {
          hashes.add(rows.getString(1));
        }
      }
    }
    return hashes;
  }
}
