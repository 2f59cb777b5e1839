package org.alliancecare.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.alliancecare.testing.Api;
import org.alliancecare.testing.ApiResponse;
import org.alliancecare.testing.DemoAccounts;
import org.alliancecare.testing.IdentityNumbers;
import org.alliancecare.testing.RunningApplication;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Patients over HTTP against the packaged application: identity numbers validated, unique, masked
 * everywhere and never logged; duplicates reported; data scope; versions; consents; merge.
 */
class PatientsIT {

  /** A girl born 2015-03-15 in 新和县 (the example). */
  private static final String XINHE_GIRL_ID = "652925201503150028";

  private static RunningApplication app;
  private static Api doctor;
  private static Api coordinator;
  private static Api auditorWensu;
  private static Api auditorKuqa;

  @BeforeAll
  static void signIn() {
    app = RunningApplication.shared();
    doctor = DemoAccounts.signIn(app.api(), DemoAccounts.DOCTOR_WENSU);
    coordinator = DemoAccounts.signIn(app.api(), DemoAccounts.COORDINATOR);
    auditorWensu = DemoAccounts.signIn(app.api(), DemoAccounts.AUDITOR_WENSU);
    auditorKuqa = DemoAccounts.signIn(app.api(), DemoAccounts.AUDITOR_KUQA);
  }

  @Test
  void identity_number_is_accepted_masked_in_every_response_unique_and_never_logged() {
    ApiResponse created =
        doctor.post(
            "/api/patients",
            patient("阿依努尔·艾力", "FEMALE", "2015-03-15", "\"" + XINHE_GIRL_ID + "\""));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    String id = created.json().getString("id");
    assertThat(created.header("Location")).hasValueSatisfying(l -> assertThat(l).endsWith(id));
    assertThat(created.json().getString("nationalId")).isEqualTo("652925********0028");
    assertThat(created.body()).doesNotContain(XINHE_GIRL_ID);

    ApiResponse read = doctor.get("/api/patients/" + id);
    assertThat(read.json().getString("nationalId")).isEqualTo("652925********0028");
    assertThat(read.body()).doesNotContain(XINHE_GIRL_ID);
    ApiResponse listed = auditorWensu.get("/api/patients?birthDate=2015-03-15");
    assertThat(listed.body()).contains(id).doesNotContain(XINHE_GIRL_ID);

    ApiResponse again =
        coordinator.post(
            "/api/patients", patient("另一个名字", "FEMALE", "2015-03-15", "\"" + XINHE_GIRL_ID + "\""));
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.json().getString("type")).isEqualTo("duplicate-patient");
    assertThat(again.json().getString("existingPatientId")).isEqualTo(id);

    ApiResponse unmasked = coordinator.get("/api/patients/" + id + "/national-id");
    assertThat(unmasked.status()).isEqualTo(200);
    assertThat(unmasked.json().getString("nationalId")).isEqualTo(XINHE_GIRL_ID);
    assertThat(doctor.get("/api/patients/" + id + "/national-id").status()).isEqualTo(403);

    assertThat(app.log()).doesNotContain(XINHE_GIRL_ID).doesNotContain("20150315");
  }

  @Test
  void wrong_check_character_impossible_date_or_disagreeing_sex_are_400_naming_the_field() {
    assertBadField(
        doctor.post(
            "/api/patients", patient("王小明", "FEMALE", "2015-03-15", "\"652925201503150027\"")),
        "nationalId");
    String feb30 = "65292520150230002";
    assertBadField(
        doctor.post(
            "/api/patients",
            patient(
                "王小明", "FEMALE", "2015-03-01", "\"" + feb30 + IdentityNumbers.check(feb30) + "\"")),
        "nationalId");
    String boy = IdentityNumbers.random("652922", LocalDate.of(2016, 4, 2), false);
    ApiResponse wrongSex =
        doctor.post("/api/patients", patient("王小红", "FEMALE", "2016-04-02", "\"" + boy + "\""));
    assertBadField(wrongSex, "nationalId");
    assertThat(fields(wrongSex)).contains("sex");
    ApiResponse wrongDate =
        doctor.post("/api/patients", patient("王小红", "MALE", "2016-04-03", "\"" + boy + "\""));
    assertThat(fields(wrongDate)).contains("nationalId", "birthDate");
  }

  @Test
  void every_missing_field_is_named_at_once() {
    ApiResponse response = doctor.post("/api/patients", "{\"guardians\": []}");
    assertThat(response.status()).isEqualTo(400);
    assertThat(fields(response)).contains("name", "sex", "birthDate", "placeCode");
  }

  @Test
  void probable_duplicate_needs_acknowledgement_and_search_finds_middle_dot_variants() {
    String family = "买买提" + suffix();
    String birth = randomBirthDate().toString();
    ApiResponse first =
        doctor.post("/api/patients", patient("古丽米热·" + family, "FEMALE", birth, "null"));
    assertThat(first.status()).as(first.toString()).isEqualTo(201);

    ApiResponse second =
        doctor.post("/api/patients", patient("古丽米热•" + family, "FEMALE", birth, "null"));
    assertThat(second.status()).isEqualTo(409);
    assertThat(second.json().getString("type")).isEqualTo("possible-duplicate");
    assertThat(second.json().getJsonArray("candidates").getJsonObject(0).getString("id"))
        .isEqualTo(first.json().getString("id"));

    ApiResponse acknowledged =
        doctor.post(
            "/api/patients",
            patient("古丽米热•" + family, "FEMALE", birth, "null")
                .replace("\"guardians\"", "\"acknowledgeDuplicates\": true, \"guardians\""));
    assertThat(acknowledged.status()).isEqualTo(201);

    ApiResponse found = doctor.get("/api/patients?q=" + encode("古丽米热." + family));
    assertThat(found.json().getJsonArray("items")).hasSize(2);
  }

  @Test
  void a_patient_outside_the_callers_county_is_404_with_the_body_of_a_missing_one() {
    String id = register(doctor, "吐尔逊" + suffix());
    assertThat(auditorWensu.get("/api/patients/" + id).status()).isEqualTo(200);
    ApiResponse outside = auditorKuqa.get("/api/patients/" + id);
    ApiResponse missing = auditorKuqa.get("/api/patients/" + UUID.randomUUID());
    assertThat(outside.status()).isEqualTo(404);
    assertThat(outside.body()).isEqualTo(missing.body());
    assertThat(auditorKuqa.get("/api/patients?q=" + encode("吐尔逊")).body()).doesNotContain(id);
  }

  @Test
  void edits_need_the_current_version() {
    String id = register(doctor, "艾力" + suffix());
    JsonObject current = doctor.get("/api/patients/" + id).json();
    String edit =
        patient(current.getString("name"), "MALE", current.getString("birthDate"), "null")
            .replace("652922", "652922");
    assertThat(doctor.put("/api/patients/" + id, edit).status()).isEqualTo(428);
    assertThat(doctor.withHeader("If-Match", "\"99\"").put("/api/patients/" + id, edit).status())
        .isEqualTo(412);
    ApiResponse edited =
        doctor
            .withHeader("If-Match", "\"" + current.getInt("version") + "\"")
            .put("/api/patients/" + id, edit.replace("\"address\": null", "\"address\": \"温宿镇\""));
    assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
    assertThat(edited.json().getInt("version")).isEqualTo(current.getInt("version") + 1);
    assertThat(edited.json().getString("address")).isEqualTo("温宿镇");
  }

  @Test
  void consents_are_given_listed_and_withdrawn() {
    String id = register(doctor, "热依拉" + suffix());
    ApiResponse given =
        doctor.post(
            "/api/patients/" + id + "/consents",
            """
            {"guardianName": "母亲", "relationship": "mother",
             "scopes": ["SCREENING", "TREATMENT", "DATA_SHARING"], "givenOn": "2026-01-10"}
            """);
    assertThat(given.status()).as(given.toString()).isEqualTo(201);
    String consentId = given.json().getString("id");
    assertThat(given.json().getBoolean("active")).isTrue();
    assertThat(doctor.get("/api/patients/" + id + "/consents").json().getJsonArray("items"))
        .hasSize(1);
    ApiResponse withdrawn =
        doctor.post(
            "/api/patients/" + id + "/consents/" + consentId + "/withdraw",
            "{\"on\": \"2026-02-01\"}");
    assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);
    assertThat(withdrawn.json().getString("withdrawnOn")).isEqualTo("2026-02-01");
    assertThat(withdrawn.json().getBoolean("active")).isFalse();
  }

  @Test
  void merge_moves_consents_and_leaves_the_duplicate_pointing_at_the_survivor() {
    String name = "阿不都" + suffix();
    String survivor = register(doctor, name);
    String duplicate = register(doctor, name + "二");
    assertThat(
            doctor
                .post(
                    "/api/patients/" + duplicate + "/consents",
                    "{\"guardianName\": \"父亲\", \"relationship\": \"father\", \"scopes\":"
                        + " [\"SCREENING\"], \"givenOn\": \"2026-01-10\"}")
                .status())
        .isEqualTo(201);
    assertThat(
            doctor
                .post(
                    "/api/patients/" + survivor + "/merge",
                    "{\"duplicateId\": \"" + duplicate + "\"}")
                .status())
        .isEqualTo(403);
    ApiResponse merged =
        coordinator.post(
            "/api/patients/" + survivor + "/merge", "{\"duplicateId\": \"" + duplicate + "\"}");
    assertThat(merged.status()).as(merged.toString()).isEqualTo(200);
    assertThat(doctor.get("/api/patients/" + duplicate).json().getString("mergedInto"))
        .isEqualTo(survivor);
    assertThat(doctor.get("/api/patients/" + survivor + "/consents").json().getJsonArray("items"))
        .hasSize(1);
    assertThat(doctor.get("/api/patients/" + duplicate + "/consents").json().getJsonArray("items"))
        .hasSize(1);
  }

  static String register(Api api, String name) {
    ApiResponse created =
        api.post("/api/patients", patient(name, "MALE", randomBirthDate().toString(), "null"));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.json().getString("id");
  }

  static String patient(String name, String sex, String birthDate, String nationalIdJson) {
    return """
        {"name": "%s", "sex": "%s", "birthDate": "%s", "nationalId": %s, "ethnicity": "Uyghur",
         "placeCode": "652922", "address": null,
         "guardians": [{"name": "家长", "relationship": "mother", "phone": "%s"}]}
        """
        .formatted(
            name,
            sex,
            birthDate,
            nationalIdJson,
            "139" + (10000000 + (int) (Math.random() * 89999999)));
  }

  private static LocalDate randomBirthDate() {
    return LocalDate.of(2010, 1, 1).plusDays((long) (Math.random() * 5000));
  }

  private static String suffix() {
    return UUID.randomUUID().toString().substring(0, 6);
  }

  private static String encode(String text) {
    return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
  }

  private static void assertBadField(ApiResponse response, String field) {
    assertThat(response.status()).as(response.toString()).isEqualTo(400);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(fields(response)).contains(field);
  }

  private static List<String> fields(ApiResponse response) {
    return response.json().getJsonArray("errors").stream()
        .map(e -> e.asJsonObject().getString("field"))
        .toList();
  }
}
