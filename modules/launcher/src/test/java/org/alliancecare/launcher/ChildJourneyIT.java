package org.alliancecare.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.alliancecare.testing.Api;
import org.alliancecare.testing.ApiResponse;
import org.alliancecare.testing.DemoAccounts;
import org.alliancecare.testing.RunningApplication;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One child's whole journey over HTTP against the packaged application (issue 7, "Done when"): a
 * girl of 乌什镇, a township of 乌什县 (Wushi, 652927), is seen at an outreach clinic of the
 * otolaryngology alliance, her hearing screening says REFER, her referral to Aksu's maternal and
 * child hospital is accepted, scheduled and completed, she is enrolled in phase 1 of 启明行动 (QIMING),
 * her milestones are reached, phase 1 closes and carries her case into phase 2, and her case closes
 * REHABILITATED. A second registration of her is merged into her record on the way. Then: her
 * timeline shows every step in order with who did it; the program report counts her in phase 1 and
 * in phase 2 and once in the program's total; the alliance report counts the clinic; and the
 * reports rebuilt from the audit journal are the ones the live projection made.
 *
 * <p>The test owns program QIMING's phases 1 and 2 in the shared application (the other tests make
 * programs of their own), and 乌什县's children (no other test registers any there).
 */
class ChildJourneyIT {

  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
  private static final String WUSHI = "652927";
  private static final String WUSHI_TOWN = "652927-T01";
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private static RunningApplication app;
  private static Api admin;
  private static Api coordinator;
  private static Api wensuAuditor;
  private static Api pedLead;
  private static String doctorName;
  private static Api doctor;
  private static String auditorName;
  private static Api auditor;
  private static String coordinatorToken;
  private static String practitioner;
  private static String otolaryngology;
  private static LocalDate today;

  @BeforeAll
  static void aDoctorAndAnAuditorOfWushi() {
    app = RunningApplication.shared();
    today = LocalDate.now(CHINA);
    admin = DemoAccounts.signIn(app.api(), "admin", RunningApplication.ADMIN_PASSWORD);
    coordinatorToken =
        token(DemoAccounts.COORDINATOR, DemoAccounts.password(DemoAccounts.COORDINATOR));
    coordinator = app.api().as(coordinatorToken);
    wensuAuditor = DemoAccounts.signIn(app.api(), DemoAccounts.AUDITOR_WENSU);
    pedLead = DemoAccounts.signIn(app.api(), DemoAccounts.LEAD_PED);

    ApiResponse town =
        admin.post(
            "/api/places",
            """
            {"code": "%s", "parentCode": "%s", "level": "TOWNSHIP",
             "nameZh": "乌什镇", "nameEn": "Wushi Town"}"""
                .formatted(WUSHI_TOWN, WUSHI));
    assertThat(town.status()).as(town.toString()).isIn(201, 409);

    otolaryngology = allianceId("ENT");
    ApiResponse registered =
        admin.post(
            "/api/practitioners",
            """
            {"name": "买买提·吐尔逊", "specialty": "OTOLARYNGOLOGY", "origin": "LOCAL",
             "organisationId": "%s"}"""
                .formatted(organisationId("WU-H")));
    assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
    practitioner = registered.json().getString("id");
    ApiResponse member =
        coordinator.post(
            "/api/alliances/" + otolaryngology + "/members",
            """
            {"practitionerId": "%s", "role": "MEMBER", "since": "%s"}"""
                .formatted(practitioner, today));
    assertThat(member.status()).as(member.toString()).isEqualTo(201);

    String suffix = UUID.randomUUID().toString().substring(0, 8);
    doctorName = "doctor.wushi." + suffix;
    doctor = app.api().as(account(doctorName, "DOCTOR", practitioner));
    auditorName = "auditor.wushi." + suffix;
    auditor = app.api().as(account(auditorName, "AUDITOR", null));
  }

  @Test
  void one_child_from_a_refer_screening_to_rehabilitation_across_two_phases() {
    JsonObject alliancesBefore = allianceRow(otolaryngology);

    // an outreach clinic of the otolaryngology alliance at 乌什镇, staffed by the Wushi doctor
    String clinic =
        created(
                coordinator.post(
                    "/api/clinics",
                    """
                    {"title": "儿童听力筛查义诊", "hostAllianceId": "%s", "joiningAllianceIds": [],
                     "placeCode": "%s", "venue": "乌什镇卫生院", "date": "%s",
                     "startTime": "09:00", "endTime": "18:00",
                     "services": ["HEARING_SCREENING"], "capacity": 40}"""
                        .formatted(otolaryngology, WUSHI_TOWN, today)))
            .getString("id");
    ok(
        coordinator.post(
            "/api/clinics/" + clinic + "/staff",
            "{\"practitionerId\": \"" + practitioner + "\", \"role\": \"DOCTOR\"}"));
    ok(coordinator.post("/api/clinics/" + clinic + "/publish", null));
    ok(coordinator.post("/api/clinics/" + clinic + "/start", null));

    // the girl, her father's consent, her attendance and her hearing screening
    String child = registered("阿依古丽·艾买提");
    consent(child);
    created(
        doctor.post(
            "/api/clinics/" + clinic + "/attendances",
            "{\"patientId\": \"" + child + "\", \"kind\": \"WALK_IN\"}"));
    JsonObject screening =
        created(
            doctor
                .withHeader("Idempotency-Key", UUID.randomUUID().toString())
                .post(
                    "/api/screenings",
                    """
                    {"patientId": "%s", "kind": "HEARING", "method": "OAE", "performedAt": "%s",
                     "clinicId": "%s", "measurements": {"rightEar": "REFER", "leftEar": "PASS"}}"""
                        .formatted(child, minutesAgo(5), clinic)));
    assertThat(screening.getString("result")).isEqualTo("REFER");
    String screeningId = screening.getString("id");

    // the referral, accepted, scheduled and completed by the coordinator
    String referral =
        created(
                doctor.post(
                    "/api/referrals",
                    """
                    {"patientId": "%s", "source": {"kind": "SCREENING", "id": "%s"},
                     "toOrganisationId": "%s", "specialty": "AUDIOLOGY", "urgency": "ROUTINE",
                     "reason": "OAE refer, right ear"}"""
                        .formatted(child, screeningId, organisationId("AKS-MCH"))))
            .getString("id");
    ok(coordinator.withHeader("If-Match", "\"1\"").post(referralPath(referral, "accept"), "{}"));
    ok(
        coordinator
            .withHeader("If-Match", "\"2\"")
            .post(
                referralPath(referral, "schedule"),
                "{\"appointmentAt\": \"" + today.plusDays(7) + "T02:30:00Z\"}"));
    ok(
        coordinator
            .withHeader("If-Match", "\"3\"")
            .post(
                referralPath(referral, "complete"),
                """
                {"outcome": "moderate sensorineural hearing loss, right ear",
                 "findings": "ABR threshold 55 dB nHL right, 20 dB nHL left"}"""));
    ok(
        coordinator.post(
            "/api/clinics/" + clinic + "/complete", "{\"summary\": \"1 child referred\"}"));

    // she had been registered a second time (a vision screening at the township health centre);
    // the coordinator merges that registration into hers
    String again = registered("阿依古丽.艾买提");
    consent(again);
    created(
        doctor
            .withHeader("Idempotency-Key", UUID.randomUUID().toString())
            .post(
                "/api/screenings",
                """
                {"patientId": "%s", "kind": "VISION", "method": "INSTRUMENT", "performedAt": "%s",
                 "measurements": {"outcome": "PASS"}}"""
                    .formatted(again, minutesAgo(1))));
    ok(
        coordinator.post(
            "/api/patients/" + child + "/merge", "{\"duplicateId\": \"" + again + "\"}"));

    // phases 1 and 2 of QIMING; she is enrolled in phase 1
    planPhase(1, today.minusDays(30), today.plusDays(30));
    planPhase(2, today.plusDays(31), today.plusDays(395));
    ok(coordinator.post("/api/programs/QIMING/phases/1/open", null));
    JsonObject enrolled =
        created(
            coordinator
                .withHeader("Idempotency-Key", UUID.randomUUID().toString())
                .post(
                    "/api/cases",
                    """
                    {"patientId": "%s", "programCode": "QIMING", "conditions": ["HEARING"],
                     "sourceScreeningId": "%s", "sourceReferralId": "%s"}"""
                        .formatted(child, screeningId, referral)));
    String caseId = enrolled.getString("id");
    assertThat(enrolled.getInt("enrolmentPhase")).isEqualTo(1);
    // the completed referral reached her audiological diagnosis at enrolment
    assertThat(milestone(caseId, "AUDIOLOGICAL_DIAGNOSIS").getString("status"))
        .isEqualTo("ACHIEVED");
    achieve(caseId, "DEVICE_DECISION", "bilateral hearing aids");
    achieve(caseId, "DEVICE_FITTED", "hearing aids fitted at Aksu MCH");
    stage(caseId, "{\"stage\": \"INTERVENTION\"}");

    // phase 1 closes: her open case goes on in phase 2
    ok(coordinator.post("/api/programs/QIMING/phases/1/close", null));
    ok(coordinator.post("/api/programs/QIMING/phases/2/open", null));
    JsonObject carried = ok(coordinator.get("/api/cases/" + caseId));
    assertThat(carried.getInt("enrolmentPhase")).isEqualTo(1);
    assertThat(carried.getInt("currentPhase")).isEqualTo(2);
    achieve(caseId, "TRAINING_STARTED", "auditory-verbal training at the rehabilitation centre");
    stage(caseId, "{\"stage\": \"REHABILITATION\"}");
    stage(caseId, "{\"stage\": \"FOLLOW_UP\"}");
    JsonObject closed =
        stage(
            caseId,
            "{\"stage\": \"CLOSED\", \"outcome\": \"REHABILITATED\", \"note\": \"speaks in sentences\"}");
    assertThat(closed.getString("outcome")).isEqualTo("REHABILITATED");

    theTimelineShowsEveryStepInOrderWithItsActor(child, again, clinic, screeningId, referral);
    theProgramReportCountsHerInBothPhasesAndOnceInTheTotal();
    theAllianceReportCountsTheClinic(alliancesBefore);
    theReportsRebuiltFromTheJournalAreTheLiveOnes();
  }

  private void theTimelineShowsEveryStepInOrderWithItsActor(
      String child, String again, String clinic, String screening, String referral) {
    ApiResponse answer = auditor.get("/api/patients/" + child + "/timeline");
    JsonObject timeline = ok(answer);
    List<JsonObject> entries = objects(timeline.getJsonArray("items"));
    assertThat(timeline.containsKey("nextCursor")).isFalse();

    List<Long> seqs = entries.stream().map(e -> e.getJsonNumber("seq").longValue()).toList();
    assertThat(seqs).isSorted().doesNotHaveDuplicates();
    List<Instant> times =
        entries.stream().map(e -> Instant.parse(e.getString("occurredAt"))).toList();
    assertThat(times).isSorted();
    assertThat(entries).allSatisfy(e -> assertThat(e.getString("summary")).isNotBlank());

    List<String> steps =
        entries.stream()
            .map(e -> e.getString("eventType") + " by " + e.getString("actor"))
            .toList();
    assertThat(steps)
        .containsSubsequence(
            "PatientRegistered by " + doctorName,
            "ConsentGiven by " + doctorName,
            "PatientAttended by " + doctorName,
            "ScreeningRecorded by " + doctorName,
            "ReferralRequested by " + doctorName,
            "ReferralAccepted by coordinator",
            "ReferralScheduled by coordinator",
            "ReferralCompleted by coordinator",
            "PatientsMerged by coordinator",
            "CaseEnrolled by coordinator",
            "MilestonePlanned by coordinator",
            "MilestoneAchieved by coordinator",
            "MilestoneAchieved by " + doctorName,
            "CaseStageChanged by " + doctorName,
            "CaseCarriedOver by coordinator",
            "MilestoneAchieved by " + doctorName,
            "CaseStageChanged by " + doctorName,
            "CaseStageChanged by " + doctorName,
            "CaseStageChanged by " + doctorName);
    JsonObject last = entries.get(entries.size() - 1);
    assertThat(last.getString("eventType")).isEqualTo("CaseStageChanged");
    assertThat(last.getJsonObject("payload").getString("outcome")).isEqualTo("REHABILITATED");
    assertThat(last.getString("summary")).contains("CLOSED", "REHABILITATED");

    JsonObject attended = first(entries, "PatientAttended");
    assertThat(attended.getString("streamType")).isEqualTo("Attendance");
    assertThat(attended.getJsonObject("payload").getString("clinicId")).isEqualTo(clinic);
    JsonObject screened = first(entries, "ScreeningRecorded");
    assertThat(screened.getString("streamId")).isEqualTo(screening);
    assertThat(screened.getJsonObject("payload").getString("result")).isEqualTo("REFER");
    assertThat(first(entries, "ReferralCompleted").getString("streamId")).isEqualTo(referral);
    JsonObject carried = first(entries, "CaseCarriedOver");
    assertThat(carried.getJsonObject("payload").getInt("fromPhase")).isEqualTo(1);
    assertThat(carried.getJsonObject("payload").getInt("phase")).isEqualTo(2);
    assertThat(carried.getString("summary")).contains("phase 1", "phase 2");

    // the merged registration's history is part of hers, under its own id
    assertThat(
            entries.stream()
                .filter(e -> again.equals(e.getString("patientId", null)))
                .map(e -> e.getString("eventType")))
        .contains("PatientRegistered", "ConsentGiven", "ScreeningRecorded", "PatientMergedAway");
    assertThat(first(entries, "PatientsMerged").getJsonObject("payload").getString("duplicateId"))
        .isEqualTo(again);

    // in pages, the same entries
    List<JsonObject> paged = new ArrayList<>();
    String cursor = null;
    do {
      JsonObject page =
          ok(
              auditor.get(
                  "/api/patients/"
                      + child
                      + "/timeline?limit=7"
                      + (cursor == null ? "" : "&cursor=" + cursor)));
      paged.addAll(objects(page.getJsonArray("items")));
      cursor = page.getString("nextCursor", null);
    } while (cursor != null);
    assertThat(paged).isEqualTo(entries);

    // read by the auditor: in the access log; out of scope or the wrong role: refused
    JsonArray access =
        ok(auditor.get("/api/audit/access?patientId=" + child + "&limit=500"))
            .getJsonArray("items");
    assertThat(objects(access))
        .anySatisfy(
            row -> {
              assertThat(row.getString("actor")).isEqualTo(auditorName);
              assertThat(row.getString("resourceType")).isEqualTo("PatientTimeline");
              assertThat(row.getString("action")).isEqualTo("READ");
            });
    assertThat(wensuAuditor.get("/api/patients/" + child + "/timeline").status()).isEqualTo(404);
    assertThat(auditor.get("/api/patients/" + UUID.randomUUID() + "/timeline").status())
        .isEqualTo(404);
    assertThat(pedLead.get("/api/patients/" + child + "/timeline").status()).isEqualTo(403);
  }

  private void theProgramReportCountsHerInBothPhasesAndOnceInTheTotal() {
    JsonObject phase1 =
        ok(coordinator.get("/api/reports/programs/QIMING?phase=1&placeCode=" + WUSHI));
    assertThat(phase1.getInt("phase")).isEqualTo(1);
    assertThat(phase1.getString("from")).isEqualTo(today.minusDays(30).toString());
    JsonObject wushi1 = onlyRow(phase1);
    assertThat(wushi1.getString("countyCode")).isEqualTo(WUSHI);
    assertThat(wushi1.getString("nameZh")).isEqualTo("乌什县");
    // screened once although screened twice under two registrations
    assertThat(figures(wushi1))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "screened", 1L,
                "refer", 1L,
                "referred", 1L,
                "referralsCompleted", 1L,
                "enrolled", 1L,
                "deviceFittedOrSurgery", 1L,
                "rehabilitated", 0L,
                "overdueReferrals", 0L,
                "overdueMilestones", 0L));
    assertThat(wushi1.getJsonNumber("medianDaysToCompletion").doubleValue()).isZero();

    JsonObject phase2 =
        ok(coordinator.get("/api/reports/programs/QIMING?phase=2&placeCode=" + WUSHI));
    assertThat(figures(onlyRow(phase2)))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "screened", 0L,
                "refer", 0L,
                "referred", 0L,
                "referralsCompleted", 0L,
                "enrolled", 1L,
                "deviceFittedOrSurgery", 0L,
                "rehabilitated", 1L,
                "overdueReferrals", 0L,
                "overdueMilestones", 0L));

    JsonObject program = ok(coordinator.get("/api/reports/programs/QIMING?placeCode=" + WUSHI));
    assertThat(program.containsKey("phase")).isFalse();
    assertThat(figures(program.getJsonObject("total")))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "screened", 1L,
                "refer", 1L,
                "referred", 1L,
                "referralsCompleted", 1L,
                "enrolled", 1L,
                "deviceFittedOrSurgery", 1L,
                "rehabilitated", 1L,
                "overdueReferrals", 0L,
                "overdueMilestones", 0L));
    assertThat(figures(onlyRow(program))).isEqualTo(figures(program.getJsonObject("total")));

    // the auditor of Wushi sees the same; the auditor of Wensu sees no child of Wushi
    assertThat(ok(auditor.get("/api/reports/programs/QIMING?phase=1")).getJsonArray("rows"))
        .isEqualTo(phase1.getJsonArray("rows"));
    JsonObject wensu = ok(wensuAuditor.get("/api/reports/programs/QIMING?placeCode=" + WUSHI));
    assertThat(wensu.getJsonArray("rows")).isEmpty();
    assertThat(figures(wensu.getJsonObject("total")).get("enrolled")).isZero();
    assertThat(doctor.get("/api/reports/programs/QIMING").status()).isEqualTo(403);
    assertThat(coordinator.get("/api/reports/programs/QIMING?phase=9").status()).isEqualTo(404);
    assertThat(coordinator.get("/api/reports/programs/NO_SUCH_PROGRAM").status()).isEqualTo(404);
    ApiResponse badPhase = coordinator.get("/api/reports/programs/QIMING?phase=first");
    assertThat(badPhase.status()).isEqualTo(400);
    assertThat(badPhase.json().getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("phase");

    // the same rows as CSV
    HttpResponse<String> csv = csv("/api/reports/programs/QIMING?phase=1&placeCode=" + WUSHI);
    assertThat(csv.statusCode()).as(csv.body()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("text/csv")
        .containsIgnoringCase("charset=UTF-8");
    assertThat(csv.body().split("\r\n"))
        .containsExactly(
            "countyCode,nameZh,nameEn,screened,refer,referred,referralsCompleted,"
                + "medianDaysToCompletion,enrolled,deviceFittedOrSurgery,rehabilitated,"
                + "overdueReferrals,overdueMilestones",
            "652927,乌什县,Wushi County,1,1,1,1,0,1,1,0,0,0",
            "TOTAL,合计,Total,1,1,1,1,0,1,1,0,0,0");
  }

  private void theAllianceReportCountsTheClinic(JsonObject before) {
    JsonObject after = allianceRow(otolaryngology);
    for (String figure : List.of("clinicsHeld", "patientsSeen", "screenings", "referrals")) {
      assertThat(after.getJsonNumber(figure).longValue() - before.getJsonNumber(figure).longValue())
          .as(figure)
          .isEqualTo(1);
    }
    assertThat(after.getString("code")).isEqualTo("ENT");
    JsonObject lead = ok(pedLead.get("/api/reports/alliances?from=" + today + "&to=" + today));
    assertThat(objects(lead.getJsonArray("rows")))
        .allSatisfy(row -> assertThat(row.getString("code")).isEqualTo("PED"));
    assertThat(doctor.get("/api/reports/alliances").status()).isEqualTo(403);
    HttpResponse<String> csv = csv("/api/reports/alliances?from=" + today + "&to=" + today);
    assertThat(csv.statusCode()).as(csv.body()).isEqualTo(200);
    String[] lines = csv.body().split("\r\n");
    assertThat(lines[0])
        .isEqualTo("allianceId,code,nameZh,nameEn,clinicsHeld,patientsSeen,screenings,referrals");
    assertThat(lines)
        .anySatisfy(
            line ->
                assertThat(line)
                    .startsWith(otolaryngology + ",ENT,")
                    .endsWith(
                        ","
                            + after.getJsonNumber("clinicsHeld")
                            + ","
                            + after.getJsonNumber("patientsSeen")
                            + ","
                            + after.getJsonNumber("screenings")
                            + ","
                            + after.getJsonNumber("referrals")));
    assertThat(lines[lines.length - 1]).startsWith("TOTAL,");
  }

  private void theReportsRebuiltFromTheJournalAreTheLiveOnes() {
    List<String> reports =
        List.of(
            "/api/reports/programs/QIMING?phase=1&placeCode=" + WUSHI,
            "/api/reports/programs/QIMING?phase=2&placeCode=" + WUSHI,
            "/api/reports/programs/QIMING?placeCode=" + WUSHI,
            "/api/reports/alliances?from=" + today + "&to=" + today);
    List<JsonObject> live = reports.stream().map(path -> ok(coordinator.get(path))).toList();

    assertThat(coordinator.post("/api/reports/rebuild", null).status()).isEqualTo(403);
    JsonObject rebuilt = ok(admin.post("/api/reports/rebuild", null));
    assertThat(rebuilt.getJsonNumber("eventsRead").longValue())
        .isGreaterThanOrEqualTo(rebuilt.getJsonNumber("eventsProjected").longValue());
    assertThat(rebuilt.getJsonNumber("eventsProjected").longValue()).isPositive();

    assertThat(reports.stream().map(path -> ok(coordinator.get(path))).toList()).isEqualTo(live);
  }

  // steps

  private static String registered(String name) {
    return created(
            doctor.post(
                "/api/patients",
                """
                {"name": "%s", "sex": "FEMALE", "birthDate": "%s", "placeCode": "%s",
                 "acknowledgeDuplicates": true,
                 "guardians": [{"name": "艾买提·托合提", "relationship": "father",
                                "phone": "13999%06d"}]}"""
                    .formatted(
                        name,
                        today.minusYears(2).minusDays(40),
                        WUSHI_TOWN,
                        (int) (Math.random() * 999_999))))
        .getString("id");
  }

  private static void consent(String patient) {
    created(
        doctor.post(
            "/api/patients/" + patient + "/consents",
            """
            {"guardianName": "艾买提·托合提", "relationship": "father",
             "scopes": ["SCREENING", "TREATMENT", "DATA_SHARING"], "givenOn": "%s"}"""
                .formatted(today)));
  }

  private static void planPhase(int number, LocalDate startsOn, LocalDate endsOn) {
    created(
        coordinator.post(
            "/api/programs/QIMING/phases",
            "{\"number\": %d, \"startsOn\": \"%s\", \"endsOn\": \"%s\"}"
                .formatted(number, startsOn, endsOn)));
  }

  private static JsonObject milestone(String caseId, String kind) {
    return objects(ok(coordinator.get("/api/cases/" + caseId)).getJsonArray("milestones")).stream()
        .filter(m -> m.getString("kind").equals(kind))
        .findFirst()
        .orElseThrow();
  }

  private static void achieve(String caseId, String kind, String evidence) {
    JsonObject achieved =
        ok(
            doctor
                .withHeader("If-Match", etagOf("/api/cases/" + caseId))
                .post(
                    "/api/cases/"
                        + caseId
                        + "/milestones/"
                        + milestone(caseId, kind).getString("id")
                        + "/achieve",
                    "{\"on\": \"" + today + "\", \"evidence\": \"" + evidence + "\"}"));
    assertThat(achieved.getString("status")).isEqualTo("ACHIEVED");
  }

  private static JsonObject stage(String caseId, String body) {
    return ok(
        doctor
            .withHeader("If-Match", etagOf("/api/cases/" + caseId))
            .post("/api/cases/" + caseId + "/stage", body));
  }

  private static String etagOf(String path) {
    return coordinator.get(path).header("ETag").orElseThrow();
  }

  private static String referralPath(String referral, String transition) {
    return "/api/referrals/" + referral + "/" + transition;
  }

  private static String minutesAgo(int minutes) {
    return Instant.now()
        .minus(minutes, ChronoUnit.MINUTES)
        .truncatedTo(ChronoUnit.SECONDS)
        .toString();
  }

  // reading answers

  private static JsonObject allianceRow(String allianceId) {
    JsonObject report =
        ok(coordinator.get("/api/reports/alliances?from=" + today + "&to=" + today));
    return objects(report.getJsonArray("rows")).stream()
        .filter(row -> row.getString("allianceId").equals(allianceId))
        .findFirst()
        .orElseThrow();
  }

  private static JsonObject onlyRow(JsonObject report) {
    List<JsonObject> rows = objects(report.getJsonArray("rows"));
    assertThat(rows).as(report.toString()).hasSize(1);
    return rows.get(0);
  }

  /** The counted figures of a row or total (not the median, which may be absent). */
  private static Map<String, Long> figures(JsonObject row) {
    return List.of(
            "screened",
            "refer",
            "referred",
            "referralsCompleted",
            "enrolled",
            "deviceFittedOrSurgery",
            "rehabilitated",
            "overdueReferrals",
            "overdueMilestones")
        .stream()
        .collect(Collectors.toMap(f -> f, f -> row.getJsonNumber(f).longValue()));
  }

  private static JsonObject first(List<JsonObject> entries, String eventType) {
    return entries.stream()
        .filter(e -> e.getString("eventType").equals(eventType))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + eventType + " in the timeline"));
  }

  private static List<JsonObject> objects(JsonArray array) {
    return array.stream().map(JsonValue::asJsonObject).toList();
  }

  private static JsonObject ok(ApiResponse response) {
    assertThat(response.status()).as(response.toString()).isBetween(200, 299);
    return response.json();
  }

  private static JsonObject created(ApiResponse response) {
    assertThat(response.status()).as(response.toString()).isEqualTo(201);
    return response.json();
  }

  private static HttpResponse<String> csv(String path) {
    try {
      return HTTP.send(
          HttpRequest.newBuilder(app.uri(path))
              .header("Authorization", "Bearer " + coordinatorToken)
              .header("Accept", "text/csv")
              .build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  // fixtures

  private static String allianceId(String code) {
    return objects(ok(coordinator.get("/api/alliances?limit=500")).getJsonArray("items")).stream()
        .filter(a -> a.getString("code").equals(code))
        .findFirst()
        .orElseThrow()
        .getString("id");
  }

  private static String organisationId(String key) {
    return objects(ok(coordinator.get("/api/organisations?limit=500")).getJsonArray("items"))
        .stream()
        .filter(o -> key.equals(o.getString("key", "")))
        .findFirst()
        .orElseThrow()
        .getString("id");
  }

  /** A new account of Wushi (jurisdiction 652927), signed in. */
  private static String account(String username, String role, String practitionerId) {
    String password = "Tarim-" + UUID.randomUUID();
    ApiResponse created =
        admin.post(
            "/api/accounts",
            """
            {"username": "%s", "displayName": "%s", "password": "%s", "roles": ["%s"],
             %s "jurisdiction": ["%s"]}"""
                .formatted(
                    username,
                    username,
                    password,
                    role,
                    practitionerId == null ? "" : "\"practitionerId\": \"" + practitionerId + "\",",
                    WUSHI));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return token(username, password);
  }

  private static String token(String username, String password) {
    ApiResponse session =
        app.api()
            .post(
                "/api/session",
                "{\"username\": \"" + username + "\", \"password\": \"" + password + "\"}");
    assertThat(session.status()).as(session.toString()).isEqualTo(200);
    return session.json().getString("token");
  }
}
