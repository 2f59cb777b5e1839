package org.alliancecare.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.UUID;
import org.alliancecare.testing.Api;
import org.alliancecare.testing.ApiResponse;
import org.alliancecare.testing.RunningApplication;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 16: an account keeps the language its holder chose for the UI. {@code GET /api/me} answers
 * {@code language} (null until chosen), {@code PATCH /api/me} with {@code {"language": "ug-CN"}}
 * keeps one of zh-CN, ug-CN, en and answers the account; anything else is a 400 naming {@code
 * language}, and an anonymous caller is refused.
 */
class MyLanguageIT {

  private static Api anonymous;
  private static Api admin;

  @BeforeAll
  static void start() {
    anonymous = RunningApplication.shared().api();
    admin = signIn("admin", RunningApplication.ADMIN_PASSWORD);
  }

  private static Api signIn(String username, String password) {
    ApiResponse session =
        anonymous.post(
            "/api/session",
            "{\"username\": \"%s\", \"password\": \"%s\"}"
                .formatted(username, Secrets.remember(password)));
    assertThat(session.status()).as(session.toString()).isEqualTo(200);
    return anonymous.as(Secrets.remember(session.json().getString("token")));
  }

  /** A new DOCTOR account of Wensu, signed in. */
  private static Api newDoctor() {
    String username = "language." + UUID.randomUUID().toString().substring(0, 8);
    String password = "Language-test-2026";
    ApiResponse created =
        admin.post(
            "/api/accounts",
            """
            {"username": "%s", "displayName": "Language test", "password": "%s",
             "roles": ["DOCTOR"], "jurisdiction": ["652922"]}"""
                .formatted(username, Secrets.remember(password)));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return signIn(username, password);
  }

  @Test
  void the_language_is_null_until_chosen_then_kept_and_answered_by_get_me() {
    Api doctor = newDoctor();
    JsonObject before = doctor.get("/api/me").json();
    assertThat(before).containsKey("language");
    assertThat(before.get("language")).isEqualTo(JsonValue.NULL);

    ApiResponse changed = doctor.patch("/api/me", "{\"language\": \"ug-CN\"}");
    assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
    assertThat(changed.json().getString("language")).isEqualTo("ug-CN");
    assertThat(changed.json().getString("username")).isEqualTo(before.getString("username"));
    assertThat(doctor.get("/api/me").json().getString("language")).isEqualTo("ug-CN");

    assertThat(doctor.patch("/api/me", "{\"language\": \"en\"}").status()).isEqualTo(200);
    assertThat(doctor.patch("/api/me", "{\"language\": \"zh-CN\"}").status()).isEqualTo(200);
    assertThat(doctor.get("/api/me").json().getString("language")).isEqualTo("zh-CN");
  }

  @Test
  void any_other_language_is_a_problem_naming_language_and_changes_nothing() {
    Api doctor = newDoctor();
    assertThat(doctor.patch("/api/me", "{\"language\": \"en\"}").status()).isEqualTo(200);
    for (String body :
        List.of(
            "{\"language\": \"ug\"}",
            "{\"language\": \"fr\"}",
            "{\"language\": \"UG-CN\"}",
            "{\"language\": null}",
            "{}")) {
      ApiResponse refused = doctor.patch("/api/me", body);
      assertThat(refused.status()).as(body + " " + refused).isEqualTo(400);
      assertThat(refused.contentType()).startsWith("application/problem+json");
      assertThat(
              refused.json().getJsonArray("errors").stream()
                  .map(e -> e.asJsonObject().getString("field"))
                  .toList())
          .as(body)
          .containsExactly("language");
    }
    assertThat(doctor.get("/api/me").json().getString("language")).isEqualTo("en");
  }

  @Test
  void an_anonymous_caller_has_no_language_to_change() {
    assertThat(anonymous.patch("/api/me", "{\"language\": \"ug-CN\"}").status()).isEqualTo(401);
  }
}
