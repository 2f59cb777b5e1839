package org.alliancecare.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
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
}
