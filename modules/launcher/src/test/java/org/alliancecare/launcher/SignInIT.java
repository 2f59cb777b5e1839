package org.alliancecare.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.alliancecare.testing.Api;
import org.alliancecare.testing.ApiResponse;
import org.alliancecare.testing.DemoAccounts;
import org.alliancecare.testing.RunningApplication;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Sign-in, sessions, lockout, roles and scope over HTTP against the packaged application (the "Done
 * when" of issue 3).
 */
class SignInIT {

  private static RunningApplication app;
  private static Api anonymous;
  private static Api admin;

  @BeforeAll
  static void start() {
    app = RunningApplication.shared();
    anonymous = app.api();
    admin = signIn("admin", RunningApplication.ADMIN_PASSWORD);
  }

  private static Api signIn(String username, String password) {
    return anonymous.as(Secrets.remember(token(signInResponse(username, password))));
  }

  private static ApiResponse signInResponse(String username, String password) {
    return anonymous.post("/api/session", credentials(username, password));
  }

  private static String credentials(String username, String password) {
    Secrets.remember(password);
    return "{\"username\": \"" + username + "\", \"password\": \"" + password + "\"}";
  }

  private static String token(ApiResponse session) {
    assertThat(session.status()).as(session.toString()).isEqualTo(200);
    return session.json().getString("token");
  }

  /** A new DOCTOR account of Wensu, with its own password. */
  private static String newAccount(String password) {
    String username = "signin." + UUID.randomUUID().toString().substring(0, 8);
    ApiResponse created =
        admin.post(
            "/api/accounts",
            """
            {"username": "%s", "displayName": "Sign-in test", "password": "%s",
             "roles": ["DOCTOR"], "jurisdiction": ["652922"]}"""
                .formatted(username, Secrets.remember(password)));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return username;
  }

  private static ApiResponse patchAccount(String username, String json) {
    String etag = admin.get("/api/accounts/" + username).header("ETag").orElseThrow();
    return admin.withHeader("If-Match", etag).patch("/api/accounts/" + username, json);
  }

  private static void assertProblem(ApiResponse response, int status, String type) {
    assertThat(response.status()).as(response.toString()).isEqualTo(status);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.json().getString("type")).isEqualTo(type);
  }

  @Test
  void the_demo_accounts_listed_in_the_docs_sign_in_with_their_role_and_jurisdiction()
      throws IOException {
    Path doc = Path.of(System.getProperty("alliancecare.home"), "docs", "demo-accounts.md");
    Pattern row =
        Pattern.compile(
            "^\\| `([a-z.]+)` \\| `([^`]+)` \\| ([A-Z_]+) \\| (.+) \\|$", Pattern.MULTILINE);
    Matcher rows = row.matcher(Files.readString(doc, StandardCharsets.UTF_8));
    List<String> signedIn = new ArrayList<>();
    while (rows.find()) {
      ApiResponse session = signInResponse(rows.group(1), rows.group(2));
      Secrets.remember(token(session));
      JsonObject account = session.json().getJsonObject("account");
      assertThat(account.getString("username")).isEqualTo(rows.group(1));
      assertThat(account.getJsonArray("roles").getString(0)).isEqualTo(rows.group(3));
      List<String> jurisdiction =
          account.getJsonArray("jurisdiction").getValuesAs(jakarta.json.JsonString.class).stream()
              .map(jakarta.json.JsonString::getString)
              .toList();
      assertThat(jurisdiction)
          .isNotEmpty()
          .allSatisfy(code -> assertThat(rows.group(4)).contains(code));
      signedIn.add(rows.group(1));
    }
    assertThat(signedIn)
        .containsExactlyInAnyOrder(
            DemoAccounts.DOCTOR_WENSU,
            DemoAccounts.DOCTOR_KUQA,
            DemoAccounts.LEAD_PED,
            DemoAccounts.COORDINATOR,
            DemoAccounts.AUDITOR_WENSU,
            DemoAccounts.AUDITOR_KUQA);
  }

  @Test
  void signing_in_answers_an_opaque_token_its_expiry_and_the_account() {
    Instant before = Instant.now();
    ApiResponse session =
        signInResponse(
            DemoAccounts.AUDITOR_WENSU, DemoAccounts.password(DemoAccounts.AUDITOR_WENSU));
    String token = Secrets.remember(token(session));
    assertThat(token).matches("[A-Za-z0-9_-]{43}");
    Instant expiresAt = Instant.parse(session.json().getString("expiresAt"));
    assertThat(expiresAt)
        .isBetween(
            before.plus(Duration.ofHours(12)).minusSeconds(5),
            Instant.now().plus(Duration.ofHours(12)));
    assertThat(session.json().getInt("idleMinutes")).isEqualTo(30);
    assertThat(session.body()).doesNotContain("password").doesNotContain("pbkdf2");

    ApiResponse me = anonymous.as(token).get("/api/me");
    assertThat(me.status()).isEqualTo(200);
    assertThat(me.json().getString("username")).isEqualTo(DemoAccounts.AUDITOR_WENSU);
    assertThat(me.json().getJsonArray("roles").getString(0)).isEqualTo("AUDITOR");
    assertThat(me.body()).doesNotContain("password").doesNotContain("pbkdf2");
  }

  @Test
  void wrong_password_unknown_user_and_disabled_account_get_the_same_401() {
    String disabled = newAccount("Disabled-before-use-2026");
    assertThat(patchAccount(disabled, "{\"enabled\": false}").status()).isEqualTo(200);

    String existing = newAccount("The-real-password-2026");
    ApiResponse wrong = signInResponse(existing, "Not-the-password-2026");
    ApiResponse unknown = signInResponse("no.such.user", "Not-the-password-2026");
    ApiResponse off = signInResponse(disabled, "Disabled-before-use-2026");
    assertProblem(wrong, 401, "unauthenticated");
    assertThat(wrong.header("WWW-Authenticate")).contains("Bearer");
    assertThat(unknown.status()).isEqualTo(401);
    assertThat(off.status()).isEqualTo(401);
    assertThat(unknown.body()).isEqualTo(wrong.body());
    assertThat(off.body()).isEqualTo(wrong.body());
  }

  @Test
  void an_unknown_user_takes_about_as_long_as_a_wrong_password() {
    String username = newAccount("Timing-account-2026");
    long wrong = Long.MAX_VALUE;
    long unknown = Long.MAX_VALUE;
    for (int i = 0; i < 3; i++) {
      long began = System.nanoTime();
      assertThat(signInResponse(username, "Timing-wrong-2026").status()).isEqualTo(401);
      wrong = Math.min(wrong, System.nanoTime() - began);
      began = System.nanoTime();
      assertThat(signInResponse("timing.nobody", "Timing-wrong-2026").status()).isEqualTo(401);
      unknown = Math.min(unknown, System.nanoTime() - began);
    }
    assertThat(unknown).isBetween(wrong / 2, wrong * 2);
  }

  @Test
  void the_sixth_wrong_password_is_refused_and_then_the_right_one_too_until_unlocked() {
    String password = "Locked-out-soon-2026";
    String username = newAccount(password);
    Secrets.remember(token(signInResponse(username, password)));
    for (int failure = 1; failure <= 5; failure++) {
      assertProblem(
          signInResponse(username, "Wrong-guess-" + failure + "-x"), 401, "unauthenticated");
    }
    assertProblem(signInResponse(username, "Wrong-guess-6-x"), 401, "unauthenticated");
    assertProblem(signInResponse(username, password), 401, "unauthenticated");
    assertThat(app.log()).contains("account " + username + " is locked until");

    // an administrator's new password unlocks it (the lock's end is tested with a clock in
    // SignInRuleTest)
    assertThat(patchAccount(username, "{\"password\": \"Unlocked-again-2026\"}").status())
        .isEqualTo(200);
    Secrets.remember("Unlocked-again-2026");
    assertThat(signInResponse(username, "Unlocked-again-2026").status()).isEqualTo(200);
  }

  @Test
  void a_disabled_accounts_token_stops_working_on_the_very_next_request() {
    String password = "Soon-disabled-2026";
    String username = newAccount(password);
    Api doctor = signIn(username, password);
    assertThat(doctor.get("/api/me").status()).isEqualTo(200);

    ApiResponse disabled = patchAccount(username, "{\"enabled\": false}");
    assertThat(disabled.status()).as(disabled.toString()).isEqualTo(200);
    assertThat(disabled.json().getBoolean("enabled")).isFalse();

    assertProblem(doctor.get("/api/me"), 401, "unauthenticated");
    assertProblem(doctor.get("/api/places"), 401, "unauthenticated");
    assertThat(signInResponse(username, password).status()).isEqualTo(401);

    assertThat(patchAccount(username, "{\"enabled\": true}").status()).isEqualTo(200);
    assertProblem(doctor.get("/api/me"), 401, "unauthenticated");
    assertThat(signIn(username, password).get("/api/me").status()).isEqualTo(200);
  }

  @Test
  void a_new_password_revokes_the_sessions_of_the_account() {
    String username = newAccount("Before-the-change-2026");
    Api doctor = signIn(username, "Before-the-change-2026");
    assertThat(patchAccount(username, "{\"password\": \"After-the-change-2026\"}").status())
        .isEqualTo(200);
    Secrets.remember("After-the-change-2026");
    assertProblem(doctor.get("/api/me"), 401, "unauthenticated");
    assertThat(signInResponse(username, "Before-the-change-2026").status()).isEqualTo(401);
    assertThat(signIn(username, "After-the-change-2026").get("/api/me").status()).isEqualTo(200);
  }

  @Test
  void signing_out_revokes_the_token() {
    Api doctor = signIn(DemoAccounts.DOCTOR_KUQA, DemoAccounts.password(DemoAccounts.DOCTOR_KUQA));
    assertThat(doctor.get("/api/me").status()).isEqualTo(200);
    assertThat(doctor.delete("/api/session").status()).isEqualTo(204);
    assertProblem(doctor.get("/api/me"), 401, "unauthenticated");
    assertProblem(doctor.delete("/api/session"), 401, "unauthenticated");
  }

  @Test
  void a_bad_token_is_401_even_where_no_sign_in_is_needed_but_signing_in_still_works() {
    Api stale = anonymous.as("x".repeat(43));
    assertProblem(stale.get("/api/version"), 401, "unauthenticated");
    assertProblem(
        anonymous.withHeader("Authorization", "Basic YWRtaW46YWRtaW4=").get("/api/me"),
        401,
        "unauthenticated");
    assertThat(anonymous.get("/api/version").status()).isEqualTo(200);
    ApiResponse session =
        stale.post(
            "/api/session",
            credentials(DemoAccounts.LEAD_PED, DemoAccounts.password(DemoAccounts.LEAD_PED)));
    Secrets.remember(token(session));
  }

  @Test
  void anonymous_callers_get_401_and_a_doctor_gets_403_on_creating_accounts() {
    String account =
        """
        {"username": "not.created", "displayName": "x", "password": "Never-created-2026",
         "roles": ["ADMIN"], "jurisdiction": []}""";
    Secrets.remember("Never-created-2026");
    assertProblem(anonymous.post("/api/accounts", account), 401, "unauthenticated");
    Api doctor = DemoAccounts.signIn(anonymous, DemoAccounts.DOCTOR_WENSU);
    assertProblem(doctor.post("/api/accounts", account), 403, "forbidden");
    assertProblem(admin.get("/api/accounts/not.created"), 404, "not-found");
  }

  @Test
  void an_auditor_gets_for_an_account_of_another_county_exactly_the_404_of_a_missing_one() {
    Api auditorWensu = DemoAccounts.signIn(anonymous, DemoAccounts.AUDITOR_WENSU);
    ApiResponse ownCounty = auditorWensu.get("/api/accounts/" + DemoAccounts.DOCTOR_WENSU);
    assertThat(ownCounty.status()).isEqualTo(200);
    assertThat(ownCounty.json().getJsonArray("jurisdiction").getString(0)).isEqualTo("652922");

    ApiResponse otherCounty = auditorWensu.get("/api/accounts/" + DemoAccounts.AUDITOR_KUQA);
    ApiResponse missing = auditorWensu.get("/api/accounts/no.such.account");
    assertProblem(otherCounty, 404, "not-found");
    assertThat(otherCounty.body()).isEqualTo(missing.body());
    assertThat(otherCounty.contentType()).isEqualTo(missing.contentType());

    ApiResponse listed = auditorWensu.get("/api/accounts?limit=500");
    assertThat(listed.body())
        .contains(DemoAccounts.DOCTOR_WENSU)
        .doesNotContain(DemoAccounts.AUDITOR_KUQA);

    Api coordinator = DemoAccounts.signIn(anonymous, DemoAccounts.COORDINATOR);
    assertThat(coordinator.get("/api/accounts/" + DemoAccounts.AUDITOR_KUQA).status())
        .isEqualTo(200);
    assertProblem(coordinator.get("/api/accounts/admin"), 404, "not-found");
  }

  @Test
  void malformed_json_and_unknown_fields_to_sign_in_are_400_problems_naming_the_field() {
    ApiResponse malformed = anonymous.post("/api/session", "{\"username\": \"admin\", ");
    assertProblem(malformed, 400, "invalid-input");
    assertThat(malformed.body()).doesNotContain("Exception").doesNotContain("org.");

    ApiResponse unknown =
        anonymous.post(
            "/api/session", "{\"username\": \"admin\", \"password\": \"x\", \"rememberMe\": true}");
    assertProblem(unknown, 400, "invalid-input");
    assertThat(unknown.json().getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("rememberMe");

    ApiResponse missing = anonymous.post("/api/session", "{\"username\": \"admin\"}");
    assertProblem(missing, 400, "invalid-input");
    assertThat(missing.json().getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("password");
  }

  @Test
  void changing_an_account_needs_its_current_version_and_keeps_an_administrator() {
    String username = newAccount("Versioned-account-2026");
    assertProblem(
        admin.patch("/api/accounts/" + username, "{\"displayName\": \"x\"}"),
        428,
        "if-match-required");
    assertProblem(
        admin
            .withHeader("If-Match", "\"999\"")
            .patch("/api/accounts/" + username, "{\"displayName\": \"x\"}"),
        412,
        "stale-version");
    ApiResponse weak = patchAccount(username, "{\"password\": \"password1234\"}");
    assertProblem(weak, 400, "invalid-input");
    assertThat(weak.json().getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("password");

    assertProblem(patchAccount("admin", "{\"enabled\": false}"), 409, "last-administrator");
    assertProblem(patchAccount("admin", "{\"roles\": [\"AUDITOR\"]}"), 409, "last-administrator");
    assertThat(admin.get("/api/me").status()).isEqualTo(200);
  }

  @Test
  void creating_an_account_names_every_bad_field_and_refuses_a_taken_username() {
    ApiResponse bad =
        admin.post(
            "/api/accounts",
            """
            {"username": "x", "displayName": "", "password": "short", "roles": [],
             "jurisdiction": ["652922", "999999"], "practitionerId": "nobody"}""");
    assertProblem(bad, 400, "invalid-input");
    assertThat(
            bad.json().getJsonArray("errors").stream()
                .map(e -> e.asJsonObject().getString("field"))
                .toList())
        .containsExactlyInAnyOrder(
            "username", "displayName", "password", "roles", "jurisdiction[1]", "practitionerId");
    assertProblem(
        admin.post(
            "/api/accounts",
            """
            {"username": "doctor.wensu", "displayName": "again", "password": "Another-doctor-2026",
             "roles": ["DOCTOR"], "jurisdiction": ["652922"]}"""),
        409,
        "username-taken");
  }
}
