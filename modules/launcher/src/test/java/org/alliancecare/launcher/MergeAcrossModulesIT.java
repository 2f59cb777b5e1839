package org.alliancecare.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.alliancecare.testing.Api;
import org.alliancecare.testing.ApiResponse;
import org.alliancecare.testing.DemoAccounts;
import org.alliancecare.testing.RunningApplication;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A merge of a duplicate registration moves everything that refers to it, in every module: after
 * it, no consent, screening, attendance, referral or case points at the duplicate, the survivor has
 * them all, and both patients' journals record the merge.
 */
class MergeAcrossModulesIT {

  private static final String JIAMU_TOWN = "652922-T01";
  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

  private static Api doctor;
  private static Api lead;
  private static Api coordinator;
  private static Api auditor;

  @BeforeAll
  static void signIn() {
    Api api = RunningApplication.shared().api();
    doctor = DemoAccounts.signIn(api, DemoAccounts.DOCTOR_WENSU);
    lead = DemoAccounts.signIn(api, DemoAccounts.LEAD_PED);
    coordinator = DemoAccounts.signIn(api, DemoAccounts.COORDINATOR);
    auditor = DemoAccounts.signIn(api, DemoAccounts.AUDITOR_WENSU);
  }

  @Test
  void a_merge_leaves_no_record_in_any_module_pointing_at_the_duplicate() {
    String duplicate = childWithConsent("合并" + suffix());
    String survivor = childWithConsent("合并" + suffix());

    String screening =
        created(
            doctor
                .withHeader("Idempotency-Key", UUID.randomUUID().toString())
                .post(
                    "/api/screenings",
                    """
                {"patientId": "%s", "kind": "HEARING", "method": "AABR",
                 "performedAt": "2026-05-04T03:00:00Z",
                 "measurements": {"rightEar": "REFER", "leftEar": "REFER"}}
                """
                        .formatted(duplicate)));
    String clinic = publishedClinic();
    String attendance =
        created(
            lead.post(
                "/api/clinics/" + clinic + "/attendances",
                "{\"patientId\": \"" + duplicate + "\", \"kind\": \"WALK_IN\"}"));
    String referral =
        created(
            doctor.post(
                "/api/referrals",
                """
            {"patientId": "%s", "source": {"kind": "SCREENING", "id": "%s"},
             "toOrganisationId": "%s", "specialty": "AUDIOLOGY", "urgency": "URGENT",
             "reason": "AABR REFER both ears"}
            """
                    .formatted(duplicate, screening, hospital())));
    String program = programWithOpenPhase();
    String caseFile =
        created(
            coordinator.post(
                "/api/cases",
                "{\"patientId\": \"%s\", \"programCode\": \"%s\", \"conditions\": [\"HEARING\"]}"
                    .formatted(duplicate, program)));

    ApiResponse merged =
        coordinator.post(
            "/api/patients/" + survivor + "/merge", "{\"duplicateId\": \"" + duplicate + "\"}");
    assertThat(merged.status()).as(merged.toString()).isEqualTo(200);

    assertThat(doctor.get("/api/patients/" + duplicate).json().getString("mergedInto"))
        .isEqualTo(survivor);
    assertThat(doctor.get("/api/patients/" + survivor + "/consents").json().getJsonArray("items"))
        .hasSize(2);
    assertThat(doctor.get("/api/screenings/" + screening).json().getString("patientId"))
        .isEqualTo(survivor);
    assertThat(doctor.get("/api/patients/" + survivor + "/screenings").body()).contains(screening);
    assertThat(doctor.get("/api/patients/" + duplicate + "/screenings").body())
        .doesNotContain(screening);
    JsonObject seen =
        lead.get("/api/clinics/" + clinic + "/attendances").json().getJsonArray("items").stream()
            .map(JsonValue::asJsonObject)
            .filter(a -> a.getString("id").equals(attendance))
            .findFirst()
            .orElseThrow();
    assertThat(seen.getString("patientId")).isEqualTo(survivor);
    assertThat(doctor.get("/api/referrals/" + referral).json().getString("patientId"))
        .isEqualTo(survivor);
    assertThat(coordinator.get("/api/cases/" + caseFile).json().getString("patientId"))
        .isEqualTo(survivor);
    for (String path :
        new String[] {
          "/api/screenings/" + screening,
          "/api/referrals/" + referral,
          "/api/cases/" + caseFile,
          "/api/clinics/" + clinic + "/attendances"
        }) {
      Api reader = path.startsWith("/api/clinics") ? lead : coordinator;
      assertThat(reader.get(path).body()).as(path).doesNotContain(duplicate);
    }

    assertThat(journal(survivor)).contains("PatientsMerged");
    assertThat(journal(duplicate)).contains("PatientMergedAway");
  }

  private static String journal(String patient) {
    ApiResponse entries =
        auditor.get("/api/audit/journal?streamType=Patient&streamId=" + patient + "&limit=500");
    assertThat(entries.status()).as(entries.toString()).isEqualTo(200);
    return entries.body();
  }

  private static String publishedClinic() {
    String me = lead.get("/api/me").json().getString("practitionerId");
    String pediatrics =
        lead.get("/api/alliances?limit=500").json().getJsonArray("items").stream()
            .map(JsonValue::asJsonObject)
            .filter(a -> a.getString("code").equals("PED"))
            .findFirst()
            .orElseThrow()
            .getString("id");
    LocalDate day = TODAY.plusDays(ThreadLocalRandom.current().nextInt(200, 2000));
    String clinic =
        created(
            lead.post(
                "/api/clinics",
                """
            {"title": "合并测试义诊", "hostAllianceId": "%s", "joiningAllianceIds": [],
             "placeCode": "%s", "venue": "佳木镇卫生院", "date": "%s", "startTime": "15:00",
             "endTime": "15:30", "services": ["HEARING_SCREENING"], "capacity": 5}
            """
                    .formatted(pediatrics, JIAMU_TOWN, day)));
    ApiResponse staffed =
        lead.post(
            "/api/clinics/" + clinic + "/staff",
            "{\"practitionerId\": \"" + me + "\", \"role\": \"LEAD\"}");
    assertThat(staffed.status()).as(staffed.toString()).isEqualTo(201);
    ApiResponse published = lead.post("/api/clinics/" + clinic + "/publish", null);
    assertThat(published.status()).as(published.toString()).isEqualTo(200);
    return clinic;
  }

  private static String programWithOpenPhase() {
    String code =
        "MERGE_"
            + UUID.randomUUID()
                .toString()
                .replace("-", "")
                .substring(0, 10)
                .toUpperCase(Locale.ROOT);
    ApiResponse program =
        coordinator.post(
            "/api/programs",
            """
            {"code": "%s", "nameZh": "合并测试项目", "nameEn": "Merge test program",
             "eligibility": {"maxAgeExclusive": 18, "placeCodes": ["652900"],
                             "conditions": ["HEARING"]}}"""
                .formatted(code));
    assertThat(program.status()).as(program.toString()).isEqualTo(201);
    assertThat(
            coordinator
                .post(
                    "/api/programs/" + code + "/phases",
                    "{\"number\": 1, \"startsOn\": \"%s\", \"endsOn\": \"%s\"}"
                        .formatted(TODAY.minusMonths(1), TODAY.plusYears(1)))
                .status())
        .isEqualTo(201);
    ApiResponse opened = coordinator.post("/api/programs/" + code + "/phases/1/open", null);
    assertThat(opened.status()).as(opened.toString()).isEqualTo(200);
    return code;
  }

  private static String childWithConsent(String name) {
    LocalDate birth = LocalDate.of(2018, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(2000));
    String id =
        created(
            doctor.post(
                "/api/patients",
                """
            {"name": "%s", "sex": "FEMALE", "birthDate": "%s", "placeCode": "652922",
             "acknowledgeDuplicates": true,
             "guardians": [{"name": "母亲", "relationship": "mother"}]}
            """
                    .formatted(name, birth)));
    created(
        doctor.post(
            "/api/patients/" + id + "/consents",
            "{\"guardianName\": \"母亲\", \"relationship\": \"mother\", \"scopes\": [\"SCREENING\","
                + " \"TREATMENT\", \"DATA_SHARING\"], \"givenOn\": \"2026-01-02\"}"));
    return id;
  }

  private static String hospital() {
    return doctor.get("/api/organisations?limit=500").json().getJsonArray("items").stream()
        .map(JsonValue::asJsonObject)
        .filter(o -> "HOSPITAL".equals(o.getString("kind", "")))
        .findFirst()
        .orElseThrow()
        .getString("id");
  }

  private static String created(ApiResponse response) {
    assertThat(response.status()).as(response.toString()).isEqualTo(201);
    return response.json().getString("id");
  }

  private static String suffix() {
    return UUID.randomUUID().toString().substring(0, 6);
  }
}
