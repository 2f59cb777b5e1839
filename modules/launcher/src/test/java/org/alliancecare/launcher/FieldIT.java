package org.alliancecare.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.zip.GZIPInputStream;
import org.alliancecare.testing.Api;
import org.alliancecare.testing.ApiResponse;
import org.alliancecare.testing.DemoAccounts;
import org.alliancecare.testing.IdentityNumbers;
import org.alliancecare.testing.RunningApplication;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the field app needs from the server, over HTTP against the packaged application: the pack of
 * a clinic day or a place (and its access log), the server's answer behind an idempotency key, safe
 * replay of a consent, and a screening's capture time honoured as given.
 */
class FieldIT {

  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
  private static final String JIAMU_TOWN = "652922-T01";

  private static RunningApplication app;
  private static Api admin;
  private static Api coordinator;
  private static Api doctor;
  private static Api doctorKuqa;
  private static Api auditor;
  private static LocalDate today;

  /** A village of 佳木镇 added for this class, so that its children are only this class's. */
  private static String village;

  @BeforeAll
  static void signIn() {
    app = RunningApplication.shared();
    admin = DemoAccounts.signIn(app.api(), "admin", RunningApplication.ADMIN_PASSWORD);
    coordinator = DemoAccounts.signIn(app.api(), DemoAccounts.COORDINATOR);
    doctor = DemoAccounts.signIn(app.api(), DemoAccounts.DOCTOR_WENSU);
    doctorKuqa = DemoAccounts.signIn(app.api(), DemoAccounts.DOCTOR_KUQA);
    auditor = DemoAccounts.signIn(app.api(), DemoAccounts.AUDITOR_WENSU);
    today = LocalDate.now(CHINA);
    village = addVillage();
  }

  @Test
  void a_clinic_pack_carries_its_children_first_then_the_villages_and_logs_a_read_of_each() {
    String ophthalmology = allianceId("OPH");
    Account lead = account("ALLIANCE_LEAD", localPractitioner("阿依古丽·热合曼"));
    appoint(coordinator, ophthalmology, lead.practitionerId(), "LEAD");
    Account staff = account("DOCTOR", localPractitioner("艾尔肯·吐尔逊"));
    appoint(lead.api(), ophthalmology, staff.practitionerId(), "MEMBER");
    String village = addVillage();
    String clinic = publishedClinic(lead.api(), ophthalmology, staff.practitionerId(), village);

    String nationalId = IdentityNumbers.random("652922", LocalDate.of(2016, 5, 4), true);
    String booked = register("古丽米热·买买提", "FEMALE", "2016-05-04", village, nationalId);
    String walkIn = register("王小明", "MALE", "2017-02-01", JIAMU_TOWN, null);
    String villager = register("阿不都·艾力", "MALE", "2018-09-09", village, null);
    giveConsent(booked, null);
    attend(staff.api(), clinic, walkIn, "WALK_IN");
    attend(staff.api(), clinic, booked, "BOOKED");

    ApiResponse response = staff.api().get("/api/field/pack?clinicId=" + clinic);

    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    assertThat(response.contentType()).startsWith("application/json");
    JsonObject pack = response.json();
    assertThat(pack.getInt("limit")).isEqualTo(5000);
    assertThat(pack.getBoolean("truncated")).isFalse();
    assertThat(Instant.parse(pack.getString("preparedAt")))
        .isBetween(Instant.now().minusSeconds(120), Instant.now().plusSeconds(5));
    JsonObject clinicJson = pack.getJsonObject("clinic");
    assertThat(clinicJson.getString("id")).isEqualTo(clinic);
    assertThat(clinicJson.getString("placeCode")).isEqualTo(village);
    assertThat(clinicJson.getString("status")).isEqualTo("PUBLISHED");
    assertThat(clinicJson.getString("date")).isEqualTo(today.toString());
    assertThat(clinicJson.getString("timeZone")).isEqualTo("Asia/Shanghai");
    assertThat(clinicJson.getString("clinicNumber")).matches("OC-\\d{4}-\\d{4,}");
    assertThat(pack.getJsonObject("place").getString("code")).isEqualTo(village);
    assertThat(pack.getJsonObject("place").getString("nameZh")).isEqualTo("试点村");
    JsonObject ruleSet = pack.getJsonObject("ruleSet");
    assertThat(ruleSet.getString("id")).isEqualTo("child-screening-2021.1");
    assertThat(ruleSet.getInt("optotypeFromAge")).isEqualTo(3);
    assertThat(ruleSet.getJsonArray("acuityLimits").getJsonObject(0).getString("decimal"))
        .isEqualTo("0.5");
    assertThat(ruleSet.getString("interocularDifferenceLogMar")).isEqualTo("0.20");
    assertThat(ruleSet.getString("referAtPta4DbHl")).isEqualTo("20");

    List<JsonObject> children = objects(pack.getJsonArray("patients"));
    assertThat(children)
        .extracting(c -> c.getString("id"))
        .containsExactly(booked, walkIn, villager);
    JsonObject girl = children.get(0);
    assertThat(girl.getBoolean("booked")).isTrue();
    assertThat(girl.getBoolean("attended")).isTrue();
    assertThat(children.get(1).getBoolean("booked")).isFalse();
    assertThat(children.get(1).getBoolean("attended")).isTrue();
    assertThat(children.get(2).getBoolean("booked")).isFalse();
    assertThat(children.get(2).getBoolean("attended")).isFalse();
    assertThat(girl.getString("nameLatin")).isEqualTo("gu li mi re · mai mai ti");
    assertThat(girl.getString("initials")).isEqualTo("glmr mmt");
    assertThat(children.get(1).getString("initials")).isEqualTo("wxm");
    JsonObject asRead = doctor.get("/api/patients/" + booked).json();
    for (String field : asRead.keySet()) {
      assertThat(girl.get(field)).as(field).isEqualTo(asRead.get(field));
    }
    assertThat(girl.getString("nationalId")).isEqualTo(masked(nationalId));
    assertThat(response.body()).doesNotContain(nationalId);
    JsonArray consents = girl.getJsonArray("consents");
    assertThat(consents).hasSize(1);
    assertThat(consents.getJsonObject(0).getBoolean("active")).isTrue();
    assertThat(consents.getJsonObject(0).getJsonArray("scopes").getString(0))
        .isEqualTo("SCREENING");
    assertThat(children.get(2).getJsonArray("consents")).isEmpty();

    for (String child : List.of(booked, walkIn, villager)) {
      assertThat(accessRows(child))
          .as("the pack's read of " + child)
          .anySatisfy(
              row -> {
                assertThat(row.getString("actor")).isEqualTo(staff.username());
                assertThat(row.getString("action")).isEqualTo("READ");
                assertThat(row.getString("resourceType")).isEqualTo("Patient");
                assertThat(row.getString("resourceId")).isEqualTo(child);
              });
    }
  }

  @Test
  void a_place_pack_has_the_children_of_the_place_in_scope_and_no_clinic() {
    String child = register("热依拉·艾买提", "FEMALE", "2019-01-20", village, null);

    ApiResponse response = doctor.get("/api/field/pack?placeCode=" + village);

    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    JsonObject pack = response.json();
    assertThat(pack.containsKey("clinic")).as("no clinic, left out like every null").isFalse();
    assertThat(pack.getJsonObject("place").getString("nameEn")).isEqualTo("Pilot Village");
    List<JsonObject> children = objects(pack.getJsonArray("patients"));
    assertThat(children).extracting(c -> c.getString("id")).contains(child);
    assertThat(children).allSatisfy(c -> assertThat(c.getString("placeCode")).isEqualTo(village));
    assertThat(children).noneSatisfy(c -> assertThat(c.getBoolean("booked")).isTrue());
    assertThat(coordinator.get("/api/field/pack?placeCode=" + village).status()).isEqualTo(200);
  }

  @Test
  void a_pack_is_sent_gzipped_to_a_client_that_accepts_it() throws Exception {
    register("阿曼古丽·吐尔逊", "FEMALE", "2018-06-02", village, null);
    String plain = doctor.get("/api/field/pack?placeCode=" + village).body();
    String token =
        app.api()
            .post(
                "/api/session",
                "{\"username\": \"%s\", \"password\": \"%s\"}"
                    .formatted(
                        DemoAccounts.DOCTOR_WENSU,
                        DemoAccounts.password(DemoAccounts.DOCTOR_WENSU)))
            .json()
            .getString("token");

    HttpResponse<byte[]> zipped =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(app.uri("/api/field/pack?placeCode=" + village))
                    .header("Authorization", "Bearer " + token)
                    .header("Accept-Encoding", "gzip, deflate, br")
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());

    assertThat(zipped.statusCode()).isEqualTo(200);
    assertThat(zipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
    assertThat(zipped.headers().allValues("Vary"))
        .anySatisfy(v -> assertThat(v).contains("Accept-Encoding"));
    String unzipped;
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(zipped.body()))) {
      unzipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    JsonObject fromZipped = Json.createReader(new StringReader(unzipped)).readObject();
    JsonObject fromPlain = Json.createReader(new StringReader(plain)).readObject();
    assertThat(fromZipped.getJsonArray("patients")).isEqualTo(fromPlain.getJsonArray("patients"));
    assertThat(zipped.body().length).isLessThan(plain.getBytes(StandardCharsets.UTF_8).length);
  }

  @Test
  void the_field_apps_page_is_sent_gzipped_to_a_browser_that_accepts_it() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    HttpResponse<byte[]> plain =
        http.send(
            HttpRequest.newBuilder(app.uri("/field/index.html")).build(),
            HttpResponse.BodyHandlers.ofByteArray());
    HttpResponse<byte[]> zipped =
        http.send(
            HttpRequest.newBuilder(app.uri("/field/"))
                .header("Accept-Encoding", "gzip, deflate, br")
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());

    assertThat(plain.statusCode()).isEqualTo(200);
    assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
    assertThat(zipped.statusCode()).isEqualTo(200);
    assertThat(zipped.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
    assertThat(zipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
    assertThat(zipped.headers().allValues("Vary"))
        .anySatisfy(v -> assertThat(v).contains("Accept-Encoding"));
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(zipped.body()))) {
      assertThat(in.readAllBytes()).isEqualTo(plain.body());
    }
    assertThat(zipped.body().length).isLessThan(plain.body().length / 2);
  }

  @Test
  void a_pack_outside_the_jurisdiction_is_404_and_the_query_names_its_fields() {
    ApiResponse outside = doctorKuqa.get("/api/field/pack?placeCode=" + village);
    ApiResponse unknown = doctorKuqa.get("/api/field/pack?placeCode=652922-V000");
    assertThat(outside.status()).isEqualTo(404);
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(outside.body()).isEqualTo(unknown.body());
    assertThat(doctorKuqa.get("/api/field/pack?clinicId=" + UUID.randomUUID()).status())
        .isEqualTo(404);

    for (String query : List.of("", "?clinicId=" + UUID.randomUUID() + "&placeCode=" + village)) {
      ApiResponse bad = doctor.get("/api/field/pack" + query);
      assertThat(bad.status()).as(query).isEqualTo(400);
      assertThat(bad.contentType()).startsWith("application/problem+json");
      assertThat(fields(bad)).containsExactlyInAnyOrder("clinicId", "placeCode");
    }
    assertThat(auditor.get("/api/field/pack?placeCode=" + village).status()).isEqualTo(403);
    assertThat(app.api().get("/api/field/pack?placeCode=" + village).status()).isEqualTo(401);
  }

  @Test
  void a_consent_sent_twice_with_one_key_is_one_consent_and_the_key_tells_where_it_is() {
    String child = register("努尔古丽·买买提", "FEMALE", "2017-07-07", village, null);
    String key = UUID.randomUUID().toString();

    ApiResponse first = giveConsent(child, key);
    ApiResponse again = giveConsent(child, key);

    assertThat(again.status()).as(again.toString()).isEqualTo(201);
    String consentId = first.json().getString("id");
    assertThat(again.json().getString("id")).isEqualTo(consentId);
    assertThat(again.header("Location")).isEqualTo(first.header("Location"));
    assertThat(doctor.get("/api/patients/" + child + "/consents").json().getJsonArray("items"))
        .hasSize(1);

    ApiResponse stored = doctor.get("/api/idempotency-keys/" + key);
    assertThat(stored.status()).as(stored.toString()).isEqualTo(200);
    assertThat(stored.json().getString("key")).isEqualTo(key);
    assertThat(stored.json().getInt("status")).isEqualTo(201);
    assertThat(stored.json().getString("location")).endsWith("/consents/" + consentId);
    assertThat(Instant.parse(stored.json().getString("createdAt")))
        .isBefore(Instant.now().plusSeconds(5));

    ApiResponse someoneElses = coordinator.get("/api/idempotency-keys/" + key);
    ApiResponse unknown = doctor.get("/api/idempotency-keys/" + UUID.randomUUID());
    assertThat(someoneElses.status()).isEqualTo(404);
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(someoneElses.body()).isEqualTo(unknown.body());
    assertThat(app.api().get("/api/idempotency-keys/" + key).status()).isEqualTo(401);
  }

  @Test
  void a_screening_keeps_its_capture_time_and_is_classified_at_the_childs_age_on_that_day() {
    // six today, five on the day of capture: 0.6 passes at five (limit 0.6), refers at six (0.7)
    Instant capturedAt = Instant.now().minus(30, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MILLIS);
    LocalDate sixthBirthday = today;
    String child =
        register("阿依努尔·吐尔逊", "FEMALE", sixthBirthday.minusYears(6).toString(), village, null);
    giveConsent(child, null);
    String key = UUID.randomUUID().toString();

    ApiResponse recorded =
        doctor
            .withHeader("Idempotency-Key", key)
            .post(
                "/api/screenings",
                """
                {"patientId": "%s", "kind": "VISION", "method": "OPTOTYPE", "performedAt": "%s",
                 "measurements": {"rightEye": {"uncorrected": {"value": 0.6, "notation": "DECIMAL"}},
                                  "leftEye": {"uncorrected": {"value": 0.6, "notation": "DECIMAL"}}}}
                """
                    .formatted(child, capturedAt));

    assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
    JsonObject screening = recorded.json();
    assertThat(Instant.parse(screening.getString("performedAt"))).isEqualTo(capturedAt);
    assertThat(screening.getString("result")).isEqualTo("PASS");
    String id = screening.getString("id");
    JsonObject read = doctor.get("/api/screenings/" + id).json();
    assertThat(Instant.parse(read.getString("performedAt"))).isEqualTo(capturedAt);
    assertThat(read.getString("result")).isEqualTo("PASS");
    assertThat(doctor.get("/api/idempotency-keys/" + key).json().getString("location"))
        .endsWith(id);
  }

  private static String publishedClinic(
      Api lead, String alliance, String staffPractitioner, String village) {
    ApiResponse planned =
        lead.post(
            "/api/clinics",
            """
            {"title": "儿童视力筛查", "hostAllianceId": "%s", "joiningAllianceIds": [],
             "placeCode": "%s", "venue": "村卫生室", "date": "%s", "startTime": "22:00",
             "endTime": "23:00", "services": ["VISION_SCREENING"], "capacity": 30}
            """
                .formatted(alliance, village, today));
    assertThat(planned.status()).as(planned.toString()).isEqualTo(201);
    String id = planned.json().getString("id");
    ApiResponse staffed =
        lead.post(
            "/api/clinics/" + id + "/staff",
            "{\"practitionerId\": \"" + staffPractitioner + "\", \"role\": \"DOCTOR\"}");
    assertThat(staffed.status()).as(staffed.toString()).isEqualTo(201);
    ApiResponse published = lead.post("/api/clinics/" + id + "/publish", null);
    assertThat(published.status()).as(published.toString()).isEqualTo(200);
    return id;
  }

  private static void attend(Api staff, String clinic, String patient, String kind) {
    ApiResponse seen =
        staff
            .withHeader("Idempotency-Key", UUID.randomUUID().toString())
            .post(
                "/api/clinics/" + clinic + "/attendances",
                "{\"patientId\": \"" + patient + "\", \"kind\": \"" + kind + "\"}");
    assertThat(seen.status()).as(seen.toString()).isEqualTo(201);
  }

  private static String register(
      String name, String sex, String birthDate, String placeCode, String nationalId) {
    ApiResponse registered =
        doctor.post(
            "/api/patients",
            """
            {"name": "%s", "sex": "%s", "birthDate": "%s", "placeCode": "%s", "nationalId": %s,
             "guardians": [{"name": "阿依先木·托合提", "relationship": "mother",
                            "phone": "13%09d"}],
             "acknowledgeDuplicates": true}
            """
                .formatted(
                    name,
                    sex,
                    birthDate,
                    placeCode,
                    nationalId == null ? "null" : "\"" + nationalId + "\"",
                    (int) (Math.random() * 1_000_000_000)));
    assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
    return registered.json().getString("id");
  }

  private static ApiResponse giveConsent(String patient, String key) {
    Api sender = key == null ? doctor : doctor.withHeader("Idempotency-Key", key);
    ApiResponse given =
        sender.post(
            "/api/patients/" + patient + "/consents",
            """
            {"guardianName": "阿依先木·托合提", "relationship": "mother",
             "scopes": ["SCREENING"], "givenOn": "%s"}
            """
                .formatted(today.minusDays(10)));
    assertThat(given.status()).as(given.toString()).isEqualTo(201);
    return given;
  }

  private static String addVillage() {
    for (int attempt = 0; attempt < 20; attempt++) {
      String code = "652922-V" + (900 + (int) (Math.random() * 100));
      ApiResponse added =
          admin.post(
              "/api/places",
              """
              {"code": "%s", "parentCode": "%s", "level": "VILLAGE",
               "nameZh": "试点村", "nameEn": "Pilot Village"}"""
                  .formatted(code, JIAMU_TOWN));
      if (added.status() == 201) {
        return code;
      }
      assertThat(added.status()).as(added.toString()).isEqualTo(409);
    }
    throw new AssertionError("no free village code in 652922-V900..999");
  }

  private static String allianceId(String code) {
    return objects(auditor.get("/api/alliances?limit=500").json().getJsonArray("items")).stream()
        .filter(a -> a.getString("code").equals(code))
        .findFirst()
        .orElseThrow()
        .getString("id");
  }

  private static String organisationId(String key) {
    return objects(admin.get("/api/organisations?limit=500").json().getJsonArray("items")).stream()
        .filter(o -> key.equals(o.getString("key", null)))
        .findFirst()
        .orElseThrow()
        .getString("id");
  }

  private static String localPractitioner(String name) {
    ApiResponse registered =
        admin.post(
            "/api/practitioners",
            "{\"name\": \"%s\", \"specialty\": \"OPHTHALMOLOGY\", \"origin\": \"LOCAL\","
                    .formatted(name)
                + " \"organisationId\": \""
                + organisationId("WS-H")
                + "\"}");
    assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
    return registered.json().getString("id");
  }

  /** A new account of Wensu county with one role, linked to the practitioner, signed in. */
  private record Account(String username, String practitionerId, Api api) {}

  private static Account account(String role, String practitionerId) {
    String username = "it.field." + UUID.randomUUID().toString().substring(0, 8);
    String password = "Tarim-" + UUID.randomUUID();
    ApiResponse created =
        admin.post(
            "/api/accounts",
            """
            {"username": "%s", "displayName": "%s", "password": "%s", "roles": ["%s"],
             "practitionerId": "%s", "jurisdiction": ["652922"]}
            """
                .formatted(username, username, password, role, practitionerId));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return new Account(
        username, practitionerId, DemoAccounts.signIn(app.api(), username, password));
  }

  private static void appoint(Api as, String alliance, String practitionerId, String role) {
    ApiResponse admitted =
        as.post(
            "/api/alliances/" + alliance + "/members",
            "{\"practitionerId\": \"%s\", \"role\": \"%s\", \"since\": \"%s\"}"
                .formatted(practitionerId, role, today));
    assertThat(admitted.status()).as(admitted.toString()).isEqualTo(201);
  }

  private static List<JsonObject> accessRows(String patient) {
    ApiResponse rows = auditor.get("/api/audit/access?patientId=" + patient + "&limit=500");
    assertThat(rows.status()).as(rows.toString()).isEqualTo(200);
    return objects(rows.json().getJsonArray("items"));
  }

  private static String masked(String nationalId) {
    return nationalId.substring(0, 6) + "********" + nationalId.substring(14);
  }

  private static List<String> fields(ApiResponse problem) {
    return objects(problem.json().getJsonArray("errors")).stream()
        .map(e -> e.getString("field"))
        .toList();
  }

  private static List<JsonObject> objects(JsonArray array) {
    return array.stream().map(JsonValue::asJsonObject).toList();
  }
}
