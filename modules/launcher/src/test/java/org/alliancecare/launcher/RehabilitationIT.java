package org.alliancecare.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.alliancecare.testing.Api;
import org.alliancecare.testing.ApiResponse;
import org.alliancecare.testing.DemoAccounts;
import org.alliancecare.testing.RunningApplication;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rehabilitation program over HTTP against the packaged application: programs and phases,
 * enrolment rules by name, a quota that concurrent enrolments cannot overshoot, stages, milestones
 * reached by hand and by a completed referral, and the carry-over of open cases when a phase
 * closes. Each test works in a program of its own, so that it owns the program's one OPEN phase.
 * The children live in 温宿县 (Wensu, 652922), Aksu prefecture.
 */
class RehabilitationIT {

  private static final String WENSU = "652922";
  private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

  private static Api coordinator;
  private static Api doctor;
  private static Api auditor;

  @BeforeAll
  static void signIn() {
    RunningApplication app = RunningApplication.shared();
    coordinator = DemoAccounts.signIn(app.api(), DemoAccounts.COORDINATOR);
    doctor = DemoAccounts.signIn(app.api(), DemoAccounts.DOCTOR_WENSU);
    auditor = DemoAccounts.signIn(app.api(), DemoAccounts.AUDITOR_WENSU);
  }

  @Test
  void thirty_concurrent_enrolments_into_a_phase_with_quota_25_make_exactly_25_cases()
      throws Exception {
    String program = program(List.of("652900", "659002"));
    planPhase(program, 1, 25);
    open(program, 1);
    List<String> children = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      children.add(childWithConsent("并发测试·" + i, today().minusYears(4 + i % 10)));
    }

    ExecutorService pool = Executors.newFixedThreadPool(30);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<ApiResponse>> answers = new ArrayList<>();
    try {
      for (String child : children) {
        Callable<ApiResponse> enrol =
            () -> {
              start.await();
              return coordinator
                  .withHeader("Idempotency-Key", UUID.randomUUID().toString())
                  .post("/api/cases", hearingCase(child, program));
            };
        answers.add(pool.submit(enrol));
      }
      start.countDown();
      List<ApiResponse> responses = new ArrayList<>();
      for (Future<ApiResponse> answer : answers) {
        responses.add(answer.get(120, TimeUnit.SECONDS));
      }

      Map<String, Long> outcomes =
          responses.stream()
              .collect(
                  Collectors.groupingBy(
                      r ->
                          r.status() == 201 ? "201" : r.status() + " " + r.json().getString("type"),
                      Collectors.counting()));
      assertThat(outcomes)
          .containsOnly(Map.entry("201", 25L), Map.entry("409 phase-quota-reached", 5L));
    } finally {
      pool.shutdownNow();
    }
    JsonObject phase = coordinator.get("/api/programs/" + program + "/phases/1").json();
    assertThat(phase.getInt("enrolled")).isEqualTo(25);
    assertThat(phase.getInt("quota")).isEqualTo(25);
    JsonArray cases =
        coordinator.get("/api/cases?limit=500&programCode=" + program).json().getJsonArray("items");
    assertThat(cases).hasSize(25);
    assertThat(cases.stream().map(c -> c.asJsonObject().getString("patientId")).distinct().count())
        .isEqualTo(25);
    assertThat(cases.stream().map(c -> c.asJsonObject().getString("caseNumber")).distinct().count())
        .isEqualTo(25);
  }

  @Test
  void qiming_is_loaded_as_data_for_coordinators() {
    ApiResponse qiming = coordinator.get("/api/programs/QIMING");

    assertThat(qiming.status()).as(qiming.toString()).isEqualTo(200);
    JsonObject program = qiming.json();
    assertThat(program.getString("nameZh")).isEqualTo("启明行动");
    JsonObject eligibility = program.getJsonObject("eligibility");
    assertThat(eligibility.getInt("maxAgeExclusive")).isEqualTo(18);
    assertThat(strings(eligibility.getJsonArray("placeCodes"))).containsExactly("652900", "659002");
    assertThat(strings(eligibility.getJsonArray("conditions")))
        .containsExactly("VISION", "HEARING", "SPEECH");
    assertThat(program.getJsonArray("milestoneTemplates")).hasSize(17);
    assertThat(doctor.get("/api/programs/QIMING").status()).isEqualTo(403);
    assertThat(coordinator.get("/api/programs/NO_SUCH_PROGRAM").status()).isEqualTo(404);
  }

  @Test
  void programs_and_phases_keep_their_rules() {
    String program = program(List.of("652900"));
    ApiResponse again = coordinator.post("/api/programs", programBody(program, List.of("652900")));
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.json().getString("type")).isEqualTo("program-exists");
    ApiResponse nowhere = coordinator.post("/api/programs", programBody(code(), List.of("999999")));
    assertThat(nowhere.status()).isEqualTo(400);
    assertThat(ReferralsIT.fields(nowhere)).containsExactly("eligibility.placeCodes[0]");

    ApiResponse planned = planPhase(program, 1, null);
    assertThat(planned.json().getString("status")).isEqualTo("PLANNED");
    assertThat(planned.header("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/api/programs/" + program + "/phases/1"));
    assertThat(planPhase(program, 1, null, 409).json().getString("type")).isEqualTo("phase-exists");
    planPhase(program, 2, null);
    assertThat(
            coordinator
                .withHeader("If-Match", "\"9\"")
                .post(phasePath(program, 1) + "/open", null)
                .status())
        .isEqualTo(412);
    open(program, 1);
    ApiResponse second = coordinator.post(phasePath(program, 2) + "/open", null);
    assertThat(second.status()).isEqualTo(409);
    assertThat(second.json().getString("type")).isEqualTo("phase-already-open");
    ApiResponse reopen = coordinator.post(phasePath(program, 1) + "/open", null);
    assertThat(reopen.json().getString("type")).isEqualTo("invalid-transition");
    JsonArray phases = coordinator.get("/api/programs/" + program).json().getJsonArray("phases");
    assertThat(phases.stream().map(p -> p.asJsonObject().getString("status")).toList())
        .containsExactly("OPEN", "PLANNED");
  }

  @Test
  void each_broken_enrolment_rule_answers_409_with_its_name() {
    String program = program(List.of("652900"));
    String eligible = childWithConsent("阿迪力·艾力", today().minusYears(18).plusDays(1));
    assertRule(coordinator.post("/api/cases", hearingCase(eligible, program)), "no-open-phase");
    planPhase(program, 1, null);
    open(program, 1);
    String tooOld = childWithConsent("成年·测试", today().minusYears(18));
    String noConsent = child("没有·同意", today().minusYears(6));
    String aralOnly = program(List.of("659002"));
    planPhase(aralOnly, 1, null);
    open(aralOnly, 1);

    assertRule(coordinator.post("/api/cases", hearingCase(tooOld, program)), "not-eligible-age");
    assertRule(
        coordinator.post("/api/cases", hearingCase(eligible, aralOnly)), "not-eligible-place");
    assertRule(coordinator.post("/api/cases", hearingCase(noConsent, program)), "no-consent");
    assertThat(coordinator.post("/api/cases", hearingCase(eligible, program)).status())
        .isEqualTo(201);
    ApiResponse twice = coordinator.post("/api/cases", hearingCase(eligible, program));
    assertRule(twice, "already-enrolled");
    assertThat(twice.json().getString("existingCaseId")).isNotBlank();
    ApiResponse unknownProgram = coordinator.post("/api/cases", hearingCase(eligible, "NO_SUCH"));
    assertThat(unknownProgram.status()).isEqualTo(400);
    assertThat(auditor.post("/api/cases", hearingCase(eligible, program)).status()).isEqualTo(403);
  }

  @Test
  void a_case_lives_through_milestones_a_referral_a_carry_over_and_closure() {
    String program = program(List.of("652900", "659002"));
    planPhase(program, 1, 10);
    open(program, 1);
    String child = childWithConsent("努尔曼古丽·吾斯曼", today().minusYears(3));

    ApiResponse enrolled =
        doctor
            .withHeader("Idempotency-Key", UUID.randomUUID().toString())
            .post("/api/cases", hearingCase(child, program));
    assertThat(enrolled.status()).as(enrolled.toString()).isEqualTo(201);
    JsonObject caseFile = enrolled.json();
    String id = caseFile.getString("id");
    assertThat(enrolled.header("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/api/cases/" + id));
    assertThat(caseFile.getString("caseNumber")).startsWith(program + "-");
    assertThat(caseFile.getString("stage")).isEqualTo("ASSESSMENT");
    assertThat(caseFile.getInt("enrolmentPhase")).isEqualTo(1);
    Map<String, JsonObject> milestones = milestones(caseFile);
    assertThat(milestones.keySet())
        .containsExactly(
            "AUDIOLOGICAL_DIAGNOSIS",
            "DEVICE_DECISION",
            "DEVICE_FITTED",
            "TRAINING_STARTED",
            "FOLLOW_UP_3_MONTHS",
            "FOLLOW_UP_6_MONTHS",
            "FOLLOW_UP_12_MONTHS");
    assertThat(milestones.get("AUDIOLOGICAL_DIAGNOSIS").getString("dueOn"))
        .isEqualTo(today().plusDays(30).toString());

    // a referral made from the case, completed: its diagnosis milestone is reached
    String referralId =
        doctor
            .post(
                "/api/referrals",
                """
                {"patientId": "%s", "source": {"kind": "CASE", "id": "%s"},
                 "toOrganisationId": "%s", "specialty": "AUDIOLOGY", "urgency": "URGENT",
                 "reason": "diagnostic ABR"}"""
                    .formatted(child, id, organisation("AKS-MCH")))
            .json()
            .getString("id");
    coordinator
        .withHeader("If-Match", "\"1\"")
        .post("/api/referrals/" + referralId + "/accept", "{}");
    coordinator
        .withHeader("If-Match", "\"2\"")
        .post(
            "/api/referrals/" + referralId + "/schedule",
            "{\"appointmentAt\": \"2030-01-01T02:00:00Z\"}");
    ApiResponse completed =
        coordinator
            .withHeader("If-Match", "\"3\"")
            .post(
                "/api/referrals/" + referralId + "/complete",
                "{\"outcome\": \"bilateral sensorineural hearing loss\", \"findings\": \"ABR 70 dB nHL\"}");
    assertThat(completed.status()).as(completed.toString()).isEqualTo(200);
    ApiResponse afterReferral = doctor.get("/api/cases/" + id);
    JsonObject diagnosis = milestones(afterReferral.json()).get("AUDIOLOGICAL_DIAGNOSIS");
    assertThat(diagnosis.getString("status")).isEqualTo("ACHIEVED");
    assertThat(diagnosis.getString("achievedOn")).isEqualTo(today().toString());
    assertThat(diagnosis.getString("evidence")).contains("bilateral sensorineural hearing loss");
    assertThat(afterReferral.header("ETag")).contains("\"2\"");

    // milestones by hand, with the case's version
    String fitted = milestones(afterReferral.json()).get("DEVICE_FITTED").getString("id");
    String achievePath = "/api/cases/" + id + "/milestones/" + fitted + "/achieve";
    String achieveBody = "{\"on\": \"" + today() + "\", \"evidence\": \"hearing aids fitted\"}";
    assertThat(doctor.post(achievePath, achieveBody).status()).isEqualTo(428);
    assertThat(doctor.withHeader("If-Match", "\"1\"").post(achievePath, achieveBody).status())
        .isEqualTo(412);
    ApiResponse achieved = doctor.withHeader("If-Match", "\"2\"").post(achievePath, achieveBody);
    assertThat(achieved.status()).as(achieved.toString()).isEqualTo(200);
    assertThat(achieved.json().getString("status")).isEqualTo("ACHIEVED");
    assertThat(achieved.json().getInt("caseVersion")).isEqualTo(3);
    assertThat(achieved.header("ETag")).contains("\"3\"");
    ApiResponse again = doctor.withHeader("If-Match", "\"3\"").post(achievePath, achieveBody);
    assertRule(again, "invalid-transition");
    String decision = milestones(afterReferral.json()).get("DEVICE_DECISION").getString("id");
    ApiResponse skipped =
        doctor
            .withHeader("If-Match", "\"3\"")
            .post(
                "/api/cases/" + id + "/milestones/" + decision + "/skip",
                "{\"reason\": \"decided at diagnosis\"}");
    assertThat(skipped.json().getString("status")).isEqualTo("SKIPPED");
    ApiResponse added =
        doctor.post(
            "/api/cases/" + id + "/milestones",
            "{\"kind\": \"SPECIAL_SCHOOL_PLACEMENT\", \"title\": \"Place at the special education school\","
                + " \"dueOn\": \""
                + today().plusYears(1)
                + "\"}");
    assertThat(added.status()).as(added.toString()).isEqualTo(201);
    assertThat(added.json().getBoolean("custom")).isTrue();
    assertThat(added.header("Location"))
        .hasValueSatisfying(
            l ->
                assertThat(l)
                    .endsWith("/api/cases/" + id + "/milestones/" + added.json().getString("id")));
    assertThat(
            doctor.get("/api/cases/" + id + "/milestones/" + added.json().getString("id")).status())
        .isEqualTo(200);

    // stages move forward only
    ApiResponse intervention =
        doctor
            .withHeader("If-Match", "\"5\"")
            .post("/api/cases/" + id + "/stage", "{\"stage\": \"INTERVENTION\"}");
    assertThat(intervention.status()).as(intervention.toString()).isEqualTo(200);
    assertThat(intervention.json().getString("stage")).isEqualTo("INTERVENTION");
    assertRule(
        doctor
            .withHeader("If-Match", "\"6\"")
            .post("/api/cases/" + id + "/stage", "{\"stage\": \"ASSESSMENT\"}"),
        "invalid-transition");

    // closing phase 1 needs a next phase for the open case
    assertRule(coordinator.post(phasePath(program, 1) + "/close", null), "no-next-phase");
    planPhase(program, 2, null);
    ApiResponse closed = coordinator.post(phasePath(program, 1) + "/close", null);
    assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
    assertThat(closed.json().getString("status")).isEqualTo("CLOSED");
    JsonObject carried = doctor.get("/api/cases/" + id).json();
    assertThat(carried.getInt("enrolmentPhase")).isEqualTo(1);
    assertThat(carried.getInt("currentPhase")).isEqualTo(2);
    JsonArray phaseHistory = carried.getJsonArray("phaseHistory");
    assertThat(phaseHistory).hasSize(2);
    assertThat(phaseHistory.getJsonObject(1).getInt("fromPhase")).isEqualTo(1);
    assertThat(phaseHistory.getJsonObject(1).getInt("toPhase")).isEqualTo(2);
    assertThat(phaseHistory.getJsonObject(1).getString("on")).isEqualTo(today().toString());
    assertThat(ids(doctor.get("/api/cases?limit=500&programCode=" + program + "&phase=2")))
        .contains(id);
    assertThat(ids(doctor.get("/api/cases?limit=500&programCode=" + program + "&phase=1")))
        .contains(id);
    assertThat(ids(auditor.get("/api/cases?limit=500&programCode=" + program + "&overdue=false")))
        .contains(id);

    // closure needs an outcome
    long version = carried.getInt("version");
    ApiResponse noOutcome =
        doctor
            .withHeader("If-Match", "\"" + version + "\"")
            .post("/api/cases/" + id + "/stage", "{\"stage\": \"CLOSED\"}");
    assertThat(noOutcome.status()).isEqualTo(400);
    assertThat(ReferralsIT.fields(noOutcome)).containsExactly("outcome");
    ApiResponse closure =
        doctor
            .withHeader("If-Match", "\"" + version + "\"")
            .post(
                "/api/cases/" + id + "/stage",
                "{\"stage\": \"CLOSED\", \"outcome\": \"REHABILITATED\", \"note\": \"speaks in sentences\"}");
    assertThat(closure.status()).as(closure.toString()).isEqualTo(200);
    assertThat(closure.json().getString("outcome")).isEqualTo("REHABILITATED");
    assertThat(closure.json().getJsonArray("stageHistory")).hasSize(2);
    assertThat(ids(doctor.get("/api/cases?limit=500&programCode=" + program + "&stage=CLOSED")))
        .contains(id);
  }

  private static String program(List<String> places) {
    String code = code();
    ApiResponse created = coordinator.post("/api/programs", programBody(code, places));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return code;
  }

  private static String code() {
    return "IT_"
        + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase(Locale.ROOT);
  }

  private static String programBody(String code, List<String> places) {
    return """
        {"code": "%s", "nameZh": "启明行动（测试）", "nameEn": "Qiming Action (test)",
         "eligibility": {"maxAgeExclusive": 18, "placeCodes": [%s],
                         "conditions": ["VISION", "HEARING", "SPEECH"]}}"""
        .formatted(
            code, places.stream().map(p -> "\"" + p + "\"").collect(Collectors.joining(", ")));
  }

  private static ApiResponse planPhase(String program, int number, Integer quota) {
    return planPhase(program, number, quota, 201);
  }

  private static ApiResponse planPhase(String program, int number, Integer quota, int status) {
    ApiResponse planned =
        coordinator.post(
            "/api/programs/" + program + "/phases",
            """
            {"number": %d, "startsOn": "%s", "endsOn": "%s", "quota": %s}"""
                .formatted(number, today().minusMonths(1), today().plusYears(1), quota));
    assertThat(planned.status()).as(planned.toString()).isEqualTo(status);
    return planned;
  }

  private static void open(String program, int number) {
    ApiResponse opened =
        coordinator
            .withHeader("If-Match", "\"1\"")
            .post(phasePath(program, number) + "/open", null);
    assertThat(opened.status()).as(opened.toString()).isEqualTo(200);
    assertThat(opened.json().getString("status")).isEqualTo("OPEN");
  }

  private static String phasePath(String program, int number) {
    return "/api/programs/" + program + "/phases/" + number;
  }

  private static String hearingCase(String child, String program) {
    return """
        {"patientId": "%s", "programCode": "%s", "conditions": ["HEARING"]}"""
        .formatted(child, program);
  }

  private static String child(String name, LocalDate birthDate) {
    ApiResponse created =
        coordinator.post(
            "/api/patients",
            """
            {"name": "%s", "sex": "MALE", "birthDate": "%s", "placeCode": "%s",
             "acknowledgeDuplicates": true,
             "guardians": [{"name": "阿依先木·托合提", "relationship": "mother", "phone": "138%08d"}]}"""
                .formatted(name, birthDate, WENSU, (int) (Math.random() * 99_999_999)));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.json().getString("id");
  }

  private static String childWithConsent(String name, LocalDate birthDate) {
    String child = child(name, birthDate);
    ApiResponse consent =
        coordinator.post(
            "/api/patients/" + child + "/consents",
            """
            {"guardianName": "阿依先木·托合提", "relationship": "mother",
             "scopes": ["SCREENING", "TREATMENT", "DATA_SHARING"], "givenOn": "%s"}"""
                .formatted(today().minusDays(1)));
    assertThat(consent.status()).as(consent.toString()).isEqualTo(201);
    return child;
  }

  private static String organisation(String key) {
    return coordinator.get("/api/organisations?limit=500").json().getJsonArray("items").stream()
        .map(JsonValue::asJsonObject)
        .filter(o -> key.equals(o.getString("key", "")))
        .findFirst()
        .orElseThrow()
        .getString("id");
  }

  private static Map<String, JsonObject> milestones(JsonObject caseFile) {
    return caseFile.getJsonArray("milestones").stream()
        .map(JsonValue::asJsonObject)
        .collect(
            Collectors.toMap(
                m -> m.getString("kind"),
                Function.identity(),
                (a, b) -> a,
                java.util.LinkedHashMap::new));
  }

  private static List<String> ids(ApiResponse list) {
    assertThat(list.status()).as(list.toString()).isEqualTo(200);
    return list.json().getJsonArray("items").stream()
        .map(c -> c.asJsonObject().getString("id"))
        .toList();
  }

  private static List<String> strings(JsonArray array) {
    return array.getValuesAs(jakarta.json.JsonString.class).stream()
        .map(jakarta.json.JsonString::getString)
        .toList();
  }

  private static void assertRule(ApiResponse response, String rule) {
    assertThat(response.status()).as(response.toString()).isEqualTo(409);
    assertThat(response.json().getString("type")).isEqualTo(rule);
  }

  private static LocalDate today() {
    return LocalDate.now(BEIJING);
  }
}
