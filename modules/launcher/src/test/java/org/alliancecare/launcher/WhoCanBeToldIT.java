package org.alliancecare.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.alliancecare.testing.Api;
import org.alliancecare.testing.ApiResponse;
import org.alliancecare.testing.DemoAccounts;
import org.alliancecare.testing.RunningApplication;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 20 over HTTP against the packaged application: the family's reminder preference on a
 * patient ({@code GET/PUT /api/patients/{id}/reminders}: default, change with its version, a bad
 * language, scope, a merged duplicate) and an account's e-mail address ({@code POST/PATCH
 * /api/accounts}, {@code GET /api/me}).
 */
class WhoCanBeToldIT {

  private static RunningApplication app;
  private static Api doctor;
  private static Api doctorKuqa;
  private static Api coordinator;
  private static Api auditorWensu;
  private static Api auditorKuqa;
  private static Api admin;

  @BeforeAll
  static void signIn() {
    app = RunningApplication.shared();
    doctor = DemoAccounts.signIn(app.api(), DemoAccounts.DOCTOR_WENSU);
    doctorKuqa = DemoAccounts.signIn(app.api(), DemoAccounts.DOCTOR_KUQA);
    coordinator = DemoAccounts.signIn(app.api(), DemoAccounts.COORDINATOR);
    auditorWensu = DemoAccounts.signIn(app.api(), DemoAccounts.AUDITOR_WENSU);
    auditorKuqa = DemoAccounts.signIn(app.api(), DemoAccounts.AUDITOR_KUQA);
    admin =
        DemoAccounts.signIn(
            app.api(), "admin", Secrets.remember(RunningApplication.ADMIN_PASSWORD));
  }

  @Test
  void a_uyghur_family_is_reminded_in_uyghur_until_someone_records_their_choice() {
    String child = register(null, "گۈلمىرە مەمەت", null);

    ApiResponse read = doctor.get("/api/patients/" + child + "/reminders");

    assertThat(read.status()).as(read.toString()).isEqualTo(200);
    assertThat(read.json().getString("patientId")).isEqualTo(child);
    assertThat(read.json().getString("language")).isEqualTo("ug-CN");
    assertThat(read.json().getBoolean("optedOut")).isFalse();
    assertThat(read.json().getInt("version")).isZero();
    assertThat(read.header("ETag")).contains("\"0\"");
    assertThat(auditorWensu.get("/api/patients/" + child + "/reminders").status()).isEqualTo(200);
    String chinese = register("王小红" + suffix(), null, "汉族");
    assertThat(doctor.get("/api/patients/" + chinese + "/reminders").json().getString("language"))
        .isEqualTo("zh-CN");
  }

  @Test
  void the_family_opts_out_over_the_current_version_only() {
    String child = register("古丽米热·" + suffix(), null, "Uyghur");
    String path = "/api/patients/" + child + "/reminders";

    assertThat(doctor.put(path, "{\"optedOut\": true}").status()).as("no If-Match").isEqualTo(428);
    ApiResponse changed = doctor.withHeader("If-Match", "\"0\"").put(path, "{\"optedOut\": true}");
    assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
    assertThat(changed.json().getBoolean("optedOut")).isTrue();
    assertThat(changed.json().getString("language")).as("unchanged").isEqualTo("ug-CN");
    assertThat(changed.json().getInt("version")).isEqualTo(1);
    assertThat(changed.header("ETag")).contains("\"1\"");

    ApiResponse stale =
        coordinator.withHeader("If-Match", "\"0\"").put(path, "{\"optedOut\": false}");
    assertThat(stale.status()).as(stale.toString()).isEqualTo(412);
    assertThat(stale.contentType()).startsWith("application/problem+json");

    ApiResponse chinese =
        coordinator.withHeader("If-Match", "\"1\"").put(path, "{\"language\": \"zh-CN\"}");
    assertThat(chinese.status()).as(chinese.toString()).isEqualTo(200);
    JsonObject now = doctor.get(path).json();
    assertThat(now.getBoolean("optedOut")).isTrue();
    assertThat(now.getString("language")).isEqualTo("zh-CN");
    assertThat(now.getInt("version")).isEqualTo(2);
  }

  @Test
  void a_language_families_are_not_reminded_in_is_a_problem_naming_the_field() {
    String child = register("阿依古丽·" + suffix(), null, null);
    String path = "/api/patients/" + child + "/reminders";
    for (String body :
        List.of("{\"language\": \"en\"}", "{\"language\": \"ug\"}", "{\"language\": \"\"}")) {
      ApiResponse refused = doctor.withHeader("If-Match", "\"0\"").put(path, body);
      assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
      assertThat(refused.contentType()).startsWith("application/problem+json");
      assertThat(fields(refused)).containsExactly("language");
    }
    assertThat(doctor.get(path).json().getInt("version")).as("nothing recorded").isZero();
  }

  @Test
  void outside_the_callers_scope_the_preference_is_404_and_an_auditor_may_not_change_it() {
    String child = register("吐尔逊·" + suffix(), null, null);
    String path = "/api/patients/" + child + "/reminders";
    ApiResponse missing = auditorKuqa.get("/api/patients/" + UUID.randomUUID() + "/reminders");

    ApiResponse outside = auditorKuqa.get(path);
    assertThat(outside.status()).isEqualTo(404);
    assertThat(outside.body()).isEqualTo(missing.body());
    assertThat(
            doctorKuqa.withHeader("If-Match", "\"0\"").put(path, "{\"optedOut\": true}").status())
        .isEqualTo(404);
    assertThat(
            auditorWensu.withHeader("If-Match", "\"0\"").put(path, "{\"optedOut\": true}").status())
        .isEqualTo(403);
    assertThat(doctor.get(path).json().getBoolean("optedOut")).isFalse();
  }

  @Test
  void a_merged_duplicate_answers_and_changes_its_survivors_preference() {
    String name = "阿不都·" + suffix();
    String survivor = register(name, null, null);
    String duplicate = register(name + "二", null, null);
    ApiResponse merged =
        coordinator.post(
            "/api/patients/" + survivor + "/merge", "{\"duplicateId\": \"" + duplicate + "\"}");
    assertThat(merged.status()).as(merged.toString()).isEqualTo(200);

    ApiResponse changed =
        doctor
            .withHeader("If-Match", "\"0\"")
            .put("/api/patients/" + duplicate + "/reminders", "{\"language\": \"ug-CN\"}");
    assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
    assertThat(changed.json().getString("patientId")).isEqualTo(survivor);

    JsonObject ofSurvivor = doctor.get("/api/patients/" + survivor + "/reminders").json();
    assertThat(ofSurvivor.getString("language")).isEqualTo("ug-CN");
    assertThat(ofSurvivor.getInt("version")).isEqualTo(1);
    assertThat(doctor.get("/api/patients/" + duplicate + "/reminders").json())
        .isEqualTo(ofSurvivor);
  }

  @Test
  void an_account_has_an_email_address_the_administrator_gives_changes_and_removes() {
    String username = "mail." + UUID.randomUUID().toString().substring(0, 8);
    String password = Secrets.remember("Reminders-by-mail-2026");
    ApiResponse refused = admin.post("/api/accounts", account(username, password, "\"nurgul\""));
    assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
    assertThat(refused.contentType()).startsWith("application/problem+json");
    assertThat(fields(refused)).containsExactly("email");

    ApiResponse created =
        admin.post("/api/accounts", account(username, password, "\"Nurgul@Wensu-Hospital.CN\""));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    assertThat(created.json().getString("email")).isEqualTo("Nurgul@wensu-hospital.cn");
    Api holder = DemoAccounts.signIn(app.api(), username, password);
    assertThat(holder.get("/api/me").json().getString("email"))
        .isEqualTo("Nurgul@wensu-hospital.cn");

    ApiResponse bad = patch(username, "{\"email\": \"nurgul@wensu\"}");
    assertThat(bad.status()).as(bad.toString()).isEqualTo(400);
    assertThat(fields(bad)).containsExactly("email");
    ApiResponse changed = patch(username, "{\"email\": \"nurgul.t@aksu.gov.cn\"}");
    assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
    assertThat(changed.json().getString("email")).isEqualTo("nurgul.t@aksu.gov.cn");

    ApiResponse removed = patch(username, "{\"email\": \"\"}");
    assertThat(removed.status()).as(removed.toString()).isEqualTo(200);
    assertThat(removed.json().isNull("email")).as("present and null").isTrue();
    assertThat(holder.get("/api/me").json().isNull("email")).isTrue();
  }

  private static ApiResponse patch(String username, String json) {
    String etag = admin.get("/api/accounts/" + username).header("ETag").orElseThrow();
    return admin.withHeader("If-Match", etag).patch("/api/accounts/" + username, json);
  }

  private static String account(String username, String password, String emailJson) {
    return """
        {"username": "%s", "displayName": "努尔古丽", "password": "%s",
         "roles": ["DOCTOR"], "jurisdiction": ["652922"], "email": %s}"""
        .formatted(username, password, emailJson);
  }

  private static String register(String name, String nameUg, String ethnicity) {
    ApiResponse created =
        doctor.post(
            "/api/patients",
            """
            {"name": %s, "nameUg": %s, "sex": "FEMALE", "birthDate": "%s", "ethnicity": %s,
             "placeCode": "652922-V01", "acknowledgeDuplicates": true,
             "guardians": [{"name": "买买提·艾力", "relationship": "father", "phone": "%s"}]}
            """
                .formatted(
                    json(name),
                    json(nameUg),
                    LocalDate.of(2016, 1, 1).plusDays((long) (Math.random() * 3000)),
                    json(ethnicity),
                    "139" + (10000000 + (int) (Math.random() * 89999999))));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.json().getString("id");
  }

  private static String json(String text) {
    return text == null ? "null" : "\"" + text + "\"";
  }

  private static List<String> fields(ApiResponse response) {
    return response.json().getJsonArray("errors").stream()
        .map(e -> e.asJsonObject().getString("field"))
        .toList();
  }

  private static String suffix() {
    return UUID.randomUUID().toString().substring(0, 6);
  }
}
