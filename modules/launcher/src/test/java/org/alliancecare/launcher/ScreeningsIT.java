package org.alliancecare.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.alliancecare.testing.Api;
import org.alliancecare.testing.ApiResponse;
import org.alliancecare.testing.DemoAccounts;
import org.alliancecare.testing.RunningApplication;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Screenings over HTTP against the packaged application (API.md → Screenings): idempotent capture
 * over a bad network, the classification of the standards, corrections as versions, data scope,
 * consent of minors, merges of duplicate patients, and what the audit journal and access log keep.
 */
class ScreeningsIT {

  /** Screenings are dated a day back, so that their day is never after today in any zone. */
  private static final Instant PERFORMED_AT =
      Instant.now().minus(26, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);

  private static final LocalDate SCREENED_ON =
      LocalDate.ofInstant(PERFORMED_AT, ZoneId.of("Asia/Shanghai"));

  private static final String WENSU = "652922";

  private static RunningApplication app;
  private static Api doctor;
  private static Api doctorKuqa;
  private static Api coordinator;
  private static Api auditor;
  private static Api auditorKuqa;

  @BeforeAll
  static void signIn() {
    app = RunningApplication.shared();
    doctor = DemoAccounts.signIn(app.api(), DemoAccounts.DOCTOR_WENSU);
    doctorKuqa = DemoAccounts.signIn(app.api(), DemoAccounts.DOCTOR_KUQA);
    coordinator = DemoAccounts.signIn(app.api(), DemoAccounts.COORDINATOR);
    auditor = DemoAccounts.signIn(app.api(), DemoAccounts.AUDITOR_WENSU);
    auditorKuqa = DemoAccounts.signIn(app.api(), DemoAccounts.AUDITOR_KUQA);
  }

  @Test
  void the_same_key_and_body_twice_answer_the_same_screening_and_store_one() {
    String patient = childWithConsent("阿依古丽·吐尔逊", 5);
    String body = pureTone(patient, 10, 10);
    Api withKey = doctor.withHeader("Idempotency-Key", UUID.randomUUID().toString());

    ApiResponse first = withKey.post("/api/screenings", body);
    ApiResponse retry = withKey.post("/api/screenings", body);

    assertThat(first.status()).as(first.toString()).isEqualTo(201);
    assertThat(retry.status()).as(retry.toString()).isEqualTo(201);
    String id = first.json().getString("id");
    assertThat(retry.json().getString("id")).isEqualTo(id);
    assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
    assertThat(first.header("Location")).hasValueSatisfying(l -> assertThat(l).endsWith(id));
    // the first answer sends the JSON text the key stored: a replay is the same text, byte for byte
    assertThat(first.contentType()).startsWith("application/json");
    assertThat(retry.contentType()).startsWith("application/json");
    assertThat(retry.header("Idempotent-Replayed")).contains("true");
    assertThat(retry.body()).isEqualTo(first.body());
    assertThat(first.header("ETag")).isPresent().isEqualTo(retry.header("ETag"));
    JsonArray stored =
        doctor.get("/api/patients/" + patient + "/screenings").json().getJsonArray("items");
    assertThat(stored).hasSize(1);
    assertThat(stored.getJsonObject(0).getString("id")).isEqualTo(id);
  }

  @Test
  void the_same_key_with_another_body_is_422_and_stores_nothing_more() {
    String patient = childWithConsent("麦麦提·艾力", 5);
    Api withKey = doctor.withHeader("Idempotency-Key", UUID.randomUUID().toString());
    assertThat(withKey.post("/api/screenings", pureTone(patient, 10, 10)).status()).isEqualTo(201);

    ApiResponse changed = withKey.post("/api/screenings", pureTone(patient, 10, 25));

    assertThat(changed.status()).as(changed.toString()).isEqualTo(422);
    assertThat(changed.contentType()).startsWith("application/problem+json");
    assertThat(screeningsOf(patient)).hasSize(1);
  }

  @Test
  void a_screening_without_an_idempotency_key_is_refused() {
    String patient = childWithConsent("努尔艾力·买买提", 5);

    ApiResponse response = doctor.post("/api/screenings", pureTone(patient, 10, 10));

    assertThat(response.status()).isEqualTo(400);
    assertThat(fields(response)).containsExactly("Idempotency-Key");
    assertThat(screeningsOf(patient)).isEmpty();
  }

  @Test
  void pure_tone_45_right_and_15_left_is_refer_with_a_unilateral_loss() {
    String patient = childWithConsent("阿不都·热合曼", 7);

    ApiResponse created = record(doctor, pureTone(patient, 45, 15));

    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    assertThat(created.header("ETag")).hasValue("\"1\"");
    JsonObject screening = created.json();
    assertThat(screening.getInt("version")).isEqualTo(1);
    assertThat(screening.getString("patientId")).isEqualTo(patient);
    assertThat(screening.getString("kind")).isEqualTo("HEARING");
    assertThat(screening.getString("method")).isEqualTo("PURE_TONE");
    assertThat(Instant.parse(screening.getString("performedAt"))).isEqualTo(PERFORMED_AT);
    assertThat(screening.getString("result")).isEqualTo("REFER");
    assertThat(screening.getString("ruleSet")).isEqualTo("child-screening-2021.1");
    assertThat(screening.getJsonObject("measurements").getJsonObject("rightEar").getInt("500"))
        .isEqualTo(45);
    JsonObject classification = screening.getJsonObject("classification");
    assertThat(decimal(classification, "pta4Right")).isEqualByComparingTo("45");
    assertThat(decimal(classification, "pta4Left")).isEqualByComparingTo("15");
    assertThat(classification.getString("whoHearingGrade")).isEqualTo("UNILATERAL");
    assertThat(classification.getString("gbHearingDisabilityGrade")).isEqualTo("NONE");
    assertThat(classification.containsKey("betterEyeLogMar")).isFalse();
    assertThat(reasonCodes(classification)).containsExactly("PTA4_AT_OR_ABOVE_LIMIT");

    ApiResponse read = auditor.get("/api/screenings/" + screening.getString("id"));
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.json().getJsonObject("classification")).isEqualTo(classification);
  }

  @Test
  void five_point_4_7_is_decimal_0_5_is_6_12_is_20_40_and_passes_at_age_3() {
    String patient = childWithConsent("古丽米热·买买提", 3);

    ApiResponse mixed =
        record(
            doctor,
            vision(
                patient,
                "{\"value\": \"4.7\", \"notation\": \"FIVE_POINT\"}",
                "{\"value\": 0.5, \"notation\": \"DECIMAL\"}"));
    ApiResponse snellen =
        record(
            doctor,
            vision(
                patient,
                "{\"value\": \"6/12\", \"notation\": \"SNELLEN_METRIC\"}",
                "{\"value\": \"20/40\", \"notation\": \"SNELLEN_IMPERIAL\"}"));

    for (ApiResponse response : List.of(mixed, snellen)) {
      assertThat(response.status()).as(response.toString()).isEqualTo(201);
      JsonObject classification = response.json().getJsonObject("classification");
      assertThat(decimal(classification, "betterEyeLogMar")).isEqualByComparingTo("0.3");
      assertThat(classification.getString("icd11VisionCategory")).isEqualTo("NONE");
      assertThat(classification.getString("gbVisionDisabilityGrade")).isEqualTo("NONE");
      assertThat(classification.getBoolean("provisional")).isTrue();
      assertThat(reasonCodes(classification)).isEmpty();
      assertThat(response.json().getString("result")).isEqualTo("PASS");
    }
  }

  @Test
  void five_point_4_7_is_below_the_limit_at_age_4() {
    String patient = childWithConsent("帕提古丽·阿卜杜拉", 4);

    ApiResponse response =
        record(
            doctor,
            vision(
                patient,
                "{\"value\": \"4.7\", \"notation\": \"FIVE_POINT\"}",
                "{\"value\": \"4.7\", \"notation\": \"FIVE_POINT\"}"));

    assertThat(response.status()).as(response.toString()).isEqualTo(201);
    assertThat(response.json().getString("result")).isEqualTo("REFER");
    assertThat(reasonCodes(response.json().getJsonObject("classification")))
        .containsExactly("BELOW_AGE_THRESHOLD");
  }

  @Test
  void a_correction_is_version_2_naming_version_1_and_both_stay_readable() {
    String patient = childWithConsent("依力哈木·吾斯曼", 8);
    JsonObject original = record(doctor, pureTone(patient, 45, 15)).json();
    String id = original.getString("id");
    String correction =
        """
        {"reason": "right ear typed from another child's audiogram",
         "measurements": {"rightEar": {"500": 15, "1000": 15, "2000": 10, "4000": 15},
                          "leftEar": {"500": 15, "1000": 15, "2000": 15, "4000": 15}}}
        """;

    ApiResponse missing = doctor.post("/api/screenings/" + id + "/corrections", correction);
    ApiResponse stale =
        doctor
            .withHeader("If-Match", "\"7\"")
            .post("/api/screenings/" + id + "/corrections", correction);
    ApiResponse corrected =
        doctor
            .withHeader("If-Match", "\"1\"")
            .post("/api/screenings/" + id + "/corrections", correction);
    ApiResponse again =
        doctor
            .withHeader("If-Match", "\"1\"")
            .post("/api/screenings/" + id + "/corrections", correction);

    assertThat(missing.status()).isEqualTo(428);
    assertThat(stale.status()).isEqualTo(412);
    assertThat(corrected.status()).as(corrected.toString()).isEqualTo(201);
    assertThat(again.status()).isEqualTo(412);
    assertThat(corrected.header("ETag")).hasValue("\"2\"");

    JsonObject read = coordinator.get("/api/screenings/" + id).json();
    assertThat(read.getInt("version")).isEqualTo(2);
    assertThat(read.getString("result")).isEqualTo("PASS");
    assertThat(read.getInt("correctsVersion")).isEqualTo(1);
    assertThat(read.getString("correctionReason"))
        .isEqualTo("right ear typed from another child's audiogram");
    JsonArray versions = read.getJsonArray("versions");
    assertThat(versions).hasSize(2);
    JsonObject first = versions.getJsonObject(0);
    JsonObject second = versions.getJsonObject(1);
    assertThat(first.getInt("version")).isEqualTo(1);
    assertThat(first.getString("result")).isEqualTo("REFER");
    assertThat(first.getJsonObject("measurements"))
        .isEqualTo(original.getJsonObject("measurements"));
    assertThat(first.getJsonObject("classification"))
        .isEqualTo(original.getJsonObject("classification"));
    assertThat(first.containsKey("correctsVersion")).isFalse();
    assertThat(second.getInt("version")).isEqualTo(2);
    assertThat(second.getInt("correctsVersion")).isEqualTo(1);
    assertThat(second.getString("recordedBy")).isEqualTo(DemoAccounts.DOCTOR_WENSU);
    assertThat(decimal(second.getJsonObject("classification"), "pta4Right"))
        .isEqualByComparingTo("13.75");
    assertThat(second.getString("ruleSet")).isEqualTo("child-screening-2021.1");
  }

  @Test
  void a_patient_outside_the_callers_scope_is_404_exactly_like_a_missing_one() {
    String patient = childWithConsent("吐尔逊·库尔班", 6);
    String id = record(doctor, pureTone(patient, 10, 10)).json().getString("id");

    ApiResponse foreignPatient = record(doctorKuqa, pureTone(patient, 10, 10));
    ApiResponse missingPatient = record(doctorKuqa, pureTone(UUID.randomUUID().toString(), 10, 10));
    ApiResponse foreignScreening = auditorKuqa.get("/api/screenings/" + id);
    ApiResponse missingScreening = auditorKuqa.get("/api/screenings/" + UUID.randomUUID());
    ApiResponse foreignList = auditorKuqa.get("/api/patients/" + patient + "/screenings");

    assertThat(foreignPatient.status()).isEqualTo(404);
    assertThat(foreignPatient.body()).isEqualTo(missingPatient.body());
    assertThat(foreignScreening.status()).isEqualTo(404);
    assertThat(foreignScreening.body()).isEqualTo(missingScreening.body());
    assertThat(foreignList.status()).isEqualTo(404);
    assertThat(screeningsOf(patient)).hasSize(1);
  }

  @Test
  void a_minor_without_screening_consent_is_409_no_consent_unless_it_comes_with_the_screening() {
    String patient = register("阿孜古丽·肉孜", birthDateForAge(9));

    ApiResponse refused = record(doctor, pureTone(patient, 10, 10));
    assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
    assertThat(refused.json().getString("type")).isEqualTo("no-consent");
    assertThat(screeningsOf(patient)).isEmpty();

    String withConsent =
        pureTone(patient, 10, 10)
            .replaceFirst(
                "\\{",
                """
                {"consent": {"guardianName": "肉孜·托合提", "relationship": "father",
                             "scopes": ["SCREENING"], "givenOn": "%s"},
                """
                    .formatted(SCREENED_ON));
    ApiResponse accepted = record(doctor, withConsent);
    assertThat(accepted.status()).as(accepted.toString()).isEqualTo(201);
    assertThat(screeningsOf(patient)).hasSize(1);
    JsonArray consents =
        doctor.get("/api/patients/" + patient + "/consents").json().getJsonArray("items");
    assertThat(consents).hasSize(1);
    assertThat(consents.getJsonObject(0).getJsonArray("scopes").getString(0))
        .isEqualTo("SCREENING");
  }

  @Test
  void bad_measurements_name_every_field_and_unknown_fields_are_refused() {
    String patient = childWithConsent("迪丽努尔·艾合买提", 5);

    ApiResponse response =
        record(
            doctor,
            vision(
                    patient,
                    "{\"value\": \"0\", \"notation\": \"DECIMAL\"}",
                    "{\"value\": \"4.7\", \"notation\": \"FIVE_POINTS\"}")
                .replace("\"leftEye\"", "\"bothEyes\": {}, \"leftEye\""));

    assertThat(response.status()).as(response.toString()).isEqualTo(400);
    assertThat(fields(response))
        .containsExactlyInAnyOrder(
            "measurements.bothEyes",
            "measurements.leftEye.uncorrected.notation",
            "measurements.rightEye.uncorrected.value");
    assertThat(screeningsOf(patient)).isEmpty();
  }

  @Test
  void only_doctors_record_and_auditors_read() {
    String patient = childWithConsent("买合木提·依明", 6);
    String body = pureTone(patient, 10, 10);

    assertThat(record(coordinator, body).status()).isEqualTo(403);
    assertThat(record(auditor, body).status()).isEqualTo(403);
    String id = record(doctor, body).json().getString("id");
    assertThat(auditor.get("/api/screenings/" + id).status()).isEqualTo(200);
    assertThat(coordinator.get("/api/patients/" + patient + "/screenings").status()).isEqualTo(200);
    assertThat(app.api().get("/api/screenings/" + id).status()).isEqualTo(401);
  }

  @Test
  void a_merge_moves_the_duplicates_screenings_to_the_survivor() {
    LocalDate birthDate = birthDateForAge(6);
    String survivor = register("阿里木·赛买提", birthDate);
    String duplicate = register("阿里木•赛买提", birthDate);
    consent(survivor);
    consent(duplicate);
    String screening = record(doctor, pureTone(duplicate, 45, 15)).json().getString("id");

    ApiResponse merged =
        coordinator.post(
            "/api/patients/" + survivor + "/merge", "{\"duplicateId\": \"" + duplicate + "\"}");

    assertThat(merged.status()).as(merged.toString()).isEqualTo(200);
    assertThat(screeningsOf(duplicate)).isEmpty();
    assertThat(screeningsOf(survivor))
        .extracting(s -> s.asJsonObject().getString("id"))
        .containsExactly(screening);
    assertThat(doctor.get("/api/screenings/" + screening).json().getString("patientId"))
        .isEqualTo(survivor);
  }

  @Test
  void the_journal_keeps_recorded_and_corrected_without_names_and_reads_are_access_logged() {
    String name = "热娜古丽·阿不力孜";
    String patient = childWithConsent(name, 5);
    String id = record(doctor, pureTone(patient, 45, 15)).json().getString("id");
    doctor
        .withHeader("If-Match", "\"1\"")
        .post(
            "/api/screenings/" + id + "/corrections",
            """
            {"reason": "retyped", "measurements": {"rightEar": {"500": 10, "1000": 10,
             "2000": 10, "4000": 10}, "leftEar": {"500": 10, "1000": 10, "2000": 10, "4000": 10}}}
            """);
    auditor.get("/api/screenings/" + id);

    JsonArray journal =
        auditor
            .get("/api/audit/journal?streamType=Screening&streamId=" + id)
            .json()
            .getJsonArray("items");
    assertThat(journal)
        .extracting(e -> e.asJsonObject().getString("eventType"))
        .containsExactly("ScreeningRecorded", "ScreeningCorrected");
    for (JsonValue entry : journal) {
      assertThat(entry.asJsonObject().getString("patientId")).isEqualTo(patient);
      assertThat(entry.toString()).doesNotContain(name).doesNotContain("热娜古丽");
    }
    JsonArray reads =
        auditor.get("/api/audit/access?patientId=" + patient).json().getJsonArray("items");
    assertThat(reads)
        .anySatisfy(
            read -> {
              assertThat(read.asJsonObject().getString("actor"))
                  .isEqualTo(DemoAccounts.AUDITOR_WENSU);
              assertThat(read.asJsonObject().getString("resourceType")).isEqualTo("Screening");
              assertThat(read.asJsonObject().getString("resourceId")).isEqualTo(id);
            });
    // the answer to the recording shows the screening too (sent as the text the idempotency key
    // stored, issue 18): it is logged like any other read
    assertThat(reads)
        .anySatisfy(
            read -> {
              assertThat(read.asJsonObject().getString("actor"))
                  .isEqualTo(DemoAccounts.DOCTOR_WENSU);
              assertThat(read.asJsonObject().getString("resourceType")).isEqualTo("Screening");
              assertThat(read.asJsonObject().getString("resourceId")).isEqualTo(id);
            });
  }

  private static ApiResponse record(Api api, String body) {
    return api.withHeader("Idempotency-Key", UUID.randomUUID().toString())
        .post("/api/screenings", body);
  }

  private static JsonArray screeningsOf(String patient) {
    ApiResponse list = doctor.get("/api/patients/" + patient + "/screenings");
    assertThat(list.status()).as(list.toString()).isEqualTo(200);
    return list.json().getJsonArray("items");
  }

  private static String pureTone(String patient, int right, int left) {
    return """
        {"patientId": "%s", "kind": "HEARING", "method": "PURE_TONE", "performedAt": "%s",
         "measurements": {"rightEar": {"500": %d, "1000": %d, "2000": %d, "4000": %d},
                          "leftEar": {"500": %d, "1000": %d, "2000": %d, "4000": %d}},
         "notes": "screened at the township health centre"}
        """
        .formatted(patient, PERFORMED_AT, right, right, right, right, left, left, left, left);
  }

  private static String vision(String patient, String right, String left) {
    return """
        {"patientId": "%s", "kind": "VISION", "method": "OPTOTYPE", "performedAt": "%s",
         "measurements": {"rightEye": {"uncorrected": %s}, "leftEye": {"uncorrected": %s}}}
        """
        .formatted(patient, PERFORMED_AT, right, left);
  }

  /** A child of Wensu county of {@code age} whole years on the day of screening, with consent. */
  private static String childWithConsent(String name, int age) {
    String patient = register(name, birthDateForAge(age));
    consent(patient);
    return patient;
  }

  private static LocalDate birthDateForAge(int age) {
    return SCREENED_ON.minusYears(age).minusDays(40);
  }

  private static String register(String name, LocalDate birthDate) {
    ApiResponse created =
        doctor.post(
            "/api/patients",
            """
            {"name": "%s", "sex": "FEMALE", "birthDate": "%s", "placeCode": "%s",
             "acknowledgeDuplicates": true,
             "guardians": [{"name": "家长", "relationship": "mother", "phone": "139%08d"}]}
            """
                .formatted(name, birthDate, WENSU, (int) (Math.random() * 99_999_999)));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.json().getString("id");
  }

  private static void consent(String patient) {
    ApiResponse given =
        doctor.post(
            "/api/patients/" + patient + "/consents",
            """
            {"guardianName": "阿依先木·托合提", "relationship": "mother",
             "scopes": ["SCREENING", "TREATMENT"], "givenOn": "%s"}
            """
                .formatted(SCREENED_ON.minusDays(1)));
    assertThat(given.status()).as(given.toString()).isEqualTo(201);
  }

  private static BigDecimal decimal(JsonObject json, String name) {
    return json.getJsonNumber(name).bigDecimalValue();
  }

  private static List<String> reasonCodes(JsonObject classification) {
    return classification.getJsonArray("reasons").stream()
        .map(reason -> reason.asJsonObject().getString("code"))
        .toList();
  }

  private static List<String> fields(ApiResponse response) {
    return response.json().getJsonArray("errors").stream()
        .map(error -> error.asJsonObject().getString("field"))
        .toList();
  }
}
