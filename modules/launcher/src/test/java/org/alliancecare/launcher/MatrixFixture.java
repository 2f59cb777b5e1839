package org.alliancecare.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.alliancecare.launcher.Endpoints.Who;
import org.alliancecare.testing.Api;
import org.alliancecare.testing.ApiResponse;
import org.alliancecare.testing.DemoAccounts;
import org.alliancecare.testing.RunningApplication;

/**
 * The records that rows of {@link Endpoints} need (an account to change, a practitioner to read,
 * unique names for new records), made on first use by the administrator.
 */
final class MatrixFixture {

  private static final AtomicInteger SERIAL = new AtomicInteger();
  static final String TARGET_ACCOUNT = "matrix.target";

  private final Api anonymous;
  private final Api admin;
  private String wensuHospitalId;
  private String aidHomeHospitalId;
  private String practitionerId;
  private String pediatricsId;
  private String clinicId;
  private Api coordinator;
  private String referredChildId;
  private String referringScreeningId;
  private boolean targetCreated;

  MatrixFixture(Api anonymous) {
    this.anonymous = anonymous;
    this.admin =
        DemoAccounts.signIn(
            anonymous, "admin", Secrets.remember(RunningApplication.ADMIN_PASSWORD));
  }

  private static int serial() {
    return SERIAL.incrementAndGet();
  }

  /** A client signed in with a new session of its own (for rows that end their session). */
  Api freshSession(Api api, Who who) {
    if (who == Who.ANONYMOUS) {
      return api;
    }
    String password =
        who == Who.ADMIN ? RunningApplication.ADMIN_PASSWORD : DemoAccounts.password(who.username);
    return DemoAccounts.signIn(anonymous, who.username, password);
  }

  ApiResponse signInRequest(Api api) {
    return api.post(
        "/api/session",
        "{\"username\": \"%s\", \"password\": \"%s\"}"
            .formatted(
                DemoAccounts.DOCTOR_WENSU,
                Secrets.remember(DemoAccounts.password(DemoAccounts.DOCTOR_WENSU))));
  }

  String newAccount() {
    int n = serial();
    return """
        {"username": "matrix.%d", "displayName": "Matrix account %d", "password": "%s",
         "roles": ["DOCTOR"], "jurisdiction": ["652922"]}"""
        .formatted(n, n, Secrets.remember("Matrix-password-" + n + "-Aksu"));
  }

  /** Changes the display name of a test account, with the If-Match of its current version. */
  ApiResponse renameAccount(Api api) {
    synchronized (this) {
      if (!targetCreated) {
        ApiResponse created =
            admin.post(
                "/api/accounts",
                """
                {"username": "%s", "displayName": "Matrix target", "password": "%s",
                 "roles": ["AUDITOR"], "jurisdiction": ["652922"]}"""
                    .formatted(TARGET_ACCOUNT, Secrets.remember("Matrix-target-Tarim-2026")));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        targetCreated = true;
      }
    }
    String etag = admin.get("/api/accounts/" + TARGET_ACCOUNT).header("ETag").orElseThrow();
    return api.withHeader("If-Match", etag)
        .patch(
            "/api/accounts/" + TARGET_ACCOUNT,
            "{\"displayName\": \"Matrix target " + serial() + "\"}");
  }

  String newVillage() {
    int n = 5000 + serial();
    return """
        {"code": "652922-V%d", "parentCode": "652922-T01", "level": "VILLAGE",
         "nameZh": "测试村%d", "nameEn": "Test Village %d"}"""
        .formatted(n, n, n);
  }

  String newOrganisation() {
    int n = serial();
    return """
        {"key": "MATRIX-%d", "kind": "TOWNSHIP_HEALTH_CENTRE", "nameZh": "测试卫生院%d",
         "nameEn": "Test Health Centre %d", "placeCode": "652922-T01", "province": "Xinjiang"}"""
        .formatted(n, n, n);
  }

  synchronized String wensuHospitalId() {
    if (wensuHospitalId == null) {
      wensuHospitalId = onlyOrganisation("/api/organisations?placeCode=652922&kind=HOSPITAL");
    }
    return wensuHospitalId;
  }

  synchronized String aidHomeHospitalId() {
    if (aidHomeHospitalId == null) {
      JsonObject first =
          admin
              .get("/api/organisations?kind=AID_HOME_HOSPITAL&limit=1")
              .json()
              .getJsonArray("items")
              .getJsonObject(0);
      aidHomeHospitalId = first.getString("id");
    }
    return aidHomeHospitalId;
  }

  private String onlyOrganisation(String query) {
    ApiResponse found = admin.get(query);
    assertThat(found.json().getJsonArray("items")).as(found.toString()).hasSize(1);
    return found.json().getJsonArray("items").getJsonObject(0).getString("id");
  }

  String newPractitioner() {
    return """
        {"name": "援疆医生%d", "specialty": "PEDIATRICS", "origin": "AID",
         "organisationId": "%s", "homeOrganisationId": "%s",
         "tourStart": "2025-02-01", "tourEnd": "2026-07-31"}"""
        .formatted(serial(), wensuHospitalId(), aidHomeHospitalId());
  }

  synchronized String practitionerId() {
    if (practitionerId == null) {
      ApiResponse created =
          admin.post(
              "/api/practitioners",
              """
              {"name": "Matrix demo doctor", "specialty": "OPHTHALMOLOGY", "origin": "LOCAL",
               "organisationId": "%s"}"""
                  .formatted(wensuHospitalId()));
      assertThat(created.status()).as(created.toString()).isEqualTo(201);
      practitionerId = created.json().getString("id");
    }
    return practitionerId;
  }

  /** Replaces the practitioner's record, with the If-Match of its current version. */
  ApiResponse replacePractitioner(Api api) {
    String id = practitionerId();
    String etag = admin.get("/api/practitioners/" + id).header("ETag").orElseThrow();
    return api.withHeader("If-Match", etag)
        .put(
            "/api/practitioners/" + id,
            """
            {"name": "Matrix demo doctor %d", "specialty": "OPHTHALMOLOGY", "origin": "LOCAL",
             "organisationId": "%s"}"""
                .formatted(serial(), wensuHospitalId()));
  }

  /** The Pediatrics Alliance (PED) of the reference data. */
  synchronized String pediatricsId() {
    if (pediatricsId == null) {
      pediatricsId =
          admin.get("/api/alliances?limit=500").json().getJsonArray("items").stream()
              .map(JsonValue::asJsonObject)
              .filter(alliance -> alliance.getString("code").equals("PED"))
              .findFirst()
              .orElseThrow()
              .getString("id");
    }
    return pediatricsId;
  }

  /**
   * A clinic of the Pediatrics Alliance in 佳木镇, planned by the coordinator, a year ahead (a day
   * before today in China is refused: clinic-date-in-past).
   */
  synchronized String clinicId() {
    if (clinicId == null) {
      ApiResponse planned =
          DemoAccounts.signIn(anonymous, DemoAccounts.COORDINATOR)
              .post(
                  "/api/clinics",
                  """
                  {"title": "Matrix clinic", "hostAllianceId": "%s", "joiningAllianceIds": [],
                   "placeCode": "652922-T01", "venue": "佳木镇卫生院", "date": "%s",
                   "startTime": "10:00", "endTime": "12:00", "services": ["CONSULTATION"],
                   "capacity": 5}"""
                      .formatted(
                          pediatricsId(),
                          java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"))
                              .plusYears(1)));
      assertThat(planned.status()).as(planned.toString()).isEqualTo(201);
      clinicId = planned.json().getString("id");
    }
    return clinicId;
  }

  /**
   * Makes a referral that is no demo doctor's to answer or to cancel — a Wensu child referred by
   * the coordinator to the prefecture's maternal and child health hospital (AKS-MCH, where neither
   * demo doctor works) — moves it, as the coordinator, to the status from which {@code transition}
   * leads on, and asks {@code api} to make that transition with the If-Match of its version.
   */
  ApiResponse referralTransition(Api api, String transition) {
    Api coordinator = coordinator();
    ApiResponse requested =
        coordinator.post(
            "/api/referrals",
            """
            {"patientId": "%s", "source": {"kind": "SCREENING", "id": "%s"},
             "toOrganisationId": "%s", "specialty": "AUDIOLOGY", "urgency": "ROUTINE",
             "reason": "OAE REFER in both ears"}"""
                .formatted(referredChildId(), referringScreeningId(), organisationId("AKS-MCH")));
    assertThat(requested.status()).as(requested.toString()).isEqualTo(201);
    String id = requested.json().getString("id");
    int version = 1;
    List<String> before =
        switch (transition) {
          case "schedule" -> List.of("accept");
          case "complete" -> List.of("accept", "schedule");
          default -> List.of();
        };
    for (String step : before) {
      ApiResponse moved =
          coordinator
              .withHeader("If-Match", "\"" + version + "\"")
              .post("/api/referrals/" + id + "/" + step, referralBody(step));
      assertThat(moved.status()).as(step + " " + moved).isEqualTo(200);
      version++;
    }
    return api.withHeader("If-Match", "\"" + version + "\"")
        .post("/api/referrals/" + id + "/" + transition, referralBody(transition));
  }

  private synchronized Api coordinator() {
    if (coordinator == null) {
      coordinator = DemoAccounts.signIn(anonymous, DemoAccounts.COORDINATOR);
    }
    return coordinator;
  }

  private static String referralBody(String transition) {
    return switch (transition) {
      case "decline", "cancel" -> "{\"reason\": \"family moved to Urumqi\"}";
      case "schedule" -> "{\"appointmentAt\": \"2030-05-12T02:30:00Z\"}";
      case "complete" -> "{\"outcome\": \"seen\", \"findings\": \"ABR 70 dB nHL\"}";
      default -> "{}";
    };
  }

  /** A child of 温宿县 with her guardian's consent to screening, registered by the coordinator. */
  private synchronized String referredChildId() {
    if (referredChildId == null) {
      Api coordinator = coordinator();
      ApiResponse registered =
          coordinator.post(
              "/api/patients",
              """
              {"name": "矩阵·儿童%d", "sex": "FEMALE", "birthDate": "2019-03-01",
               "placeCode": "652922", "acknowledgeDuplicates": true,
               "guardians": [{"name": "吐尔逊·买买提", "relationship": "father"}]}"""
                  .formatted(serial()));
      assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
      referredChildId = registered.json().getString("id");
      ApiResponse consent =
          coordinator.post(
              "/api/patients/" + referredChildId + "/consents",
              """
              {"guardianName": "吐尔逊·买买提", "relationship": "father",
               "scopes": ["SCREENING"], "givenOn": "2026-01-02"}""");
      assertThat(consent.status()).as(consent.toString()).isEqualTo(201);
    }
    return referredChildId;
  }

  /** An OAE screening of that child that refers, recorded by doctor.wensu. */
  private synchronized String referringScreeningId() {
    if (referringScreeningId == null) {
      ApiResponse screened =
          DemoAccounts.signIn(anonymous, DemoAccounts.DOCTOR_WENSU)
              .withHeader("Idempotency-Key", java.util.UUID.randomUUID().toString())
              .post(
                  "/api/screenings",
                  """
                  {"patientId": "%s", "kind": "HEARING", "method": "OAE", "performedAt": "%s",
                   "measurements": {"rightEar": "REFER", "leftEar": "REFER"}}"""
                      .formatted(referredChildId(), Instant.now().minusSeconds(60)));
      assertThat(screened.status()).as(screened.toString()).isEqualTo(201);
      referringScreeningId = screened.json().getString("id");
    }
    return referringScreeningId;
  }

  private String organisationId(String key) {
    return admin.get("/api/organisations?limit=500").json().getJsonArray("items").stream()
        .map(JsonValue::asJsonObject)
        .filter(o -> key.equals(o.getString("key", "")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no organisation " + key))
        .getString("id");
  }
}
