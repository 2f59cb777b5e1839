package org.alliancecare.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.alliancecare.testing.Api;
import org.alliancecare.testing.ApiResponse;
import org.alliancecare.testing.DemoAccounts;
import org.alliancecare.testing.RunningApplication;

/**
 * What the browser journeys need before they start, made through the API as any client would:
 * practitioners and accounts with known passwords, children, consents, screenings and referrals.
 * Every journey makes its own, so the journeys share nothing but the reference data.
 */
final class UiFixture {

  static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  /** 温宿县 Wensu County. */
  static final String WENSU = "652922";

  /** 佳木镇 Jiamu Town, a township of Wensu County. */
  static final String JIAMU_TOWN = "652922-T01";

  private final URI base;
  final Api anonymous;
  final Api admin;

  private UiFixture(URI base) {
    this.base = base;
    this.anonymous = Api.at(base);
    this.admin = DemoAccounts.signIn(anonymous, "admin", RunningApplication.ADMIN_PASSWORD);
  }

  /**
   * The application shared by the whole-application tests; with {@code -Dalliancecare.it.url} an
   * application that is already running there (started with the same administrator password), which
   * saves the start when working on the pages.
   */
  static UiFixture shared() {
    String running = System.getProperty("alliancecare.it.url");
    return new UiFixture(
        running == null || running.isBlank()
            ? RunningApplication.shared().uri("/")
            : URI.create(running.endsWith("/") ? running : running + "/"));
  }

  /** The fixture of an application a test started itself (with the same administrator password). */
  static UiFixture at(URI base) {
    return new UiFixture(base);
  }

  URI base() {
    return base;
  }

  static LocalDate today() {
    return LocalDate.now(CHINA);
  }

  /** A birth date of a child of {@code years} (and some days), different for every call. */
  static LocalDate birthDateOfAChildOf(int years) {
    return today().minusYears(years).minusDays(ThreadLocalRandom.current().nextInt(10, 330));
  }

  String organisationId(String key) {
    return admin.get("/api/organisations?limit=500").json().getJsonArray("items").stream()
        .map(JsonValue::asJsonObject)
        .filter(o -> key.equals(o.getString("key", null)))
        .findFirst()
        .orElseThrow()
        .getString("id");
  }

  String allianceId(String code) {
    return admin.get("/api/alliances?limit=500").json().getJsonArray("items").stream()
        .map(JsonValue::asJsonObject)
        .filter(a -> a.getString("code").equals(code))
        .findFirst()
        .orElseThrow()
        .getString("id");
  }

  /** A local practitioner working at the organisation with this key. */
  String practitioner(String name, String specialty, String organisationKey) {
    ApiResponse registered =
        admin.post(
            "/api/practitioners",
            """
            {"name": "%s", "specialty": "%s", "origin": "LOCAL", "organisationId": "%s"}
            """
                .formatted(name, specialty, organisationId(organisationKey)));
    assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
    return registered.json().getString("id");
  }

  /** A new account: its username and password, for the browser's sign-in page. */
  Account account(String role, String displayName, String practitionerId, String... jurisdiction) {
    String username =
        "ui."
            + role.toLowerCase().replace('_', '.')
            + "."
            + UUID.randomUUID().toString().substring(0, 8);
    String password = "Tarim-" + UUID.randomUUID();
    StringBuilder places = new StringBuilder();
    for (String place : jurisdiction) {
      places.append(places.length() == 0 ? "" : ", ").append('"').append(place).append('"');
    }
    ApiResponse created =
        admin.post(
            "/api/accounts",
            """
            {"username": "%s", "displayName": "%s", "password": "%s", "roles": ["%s"],
             %s "jurisdiction": [%s]}
            """
                .formatted(
                    username,
                    displayName,
                    password,
                    role,
                    practitionerId == null ? "" : "\"practitionerId\": \"" + practitionerId + "\",",
                    places));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return new Account(username, password, DemoAccounts.signIn(anonymous, username, password));
  }

  /** An account, signed in to the API too. */
  record Account(String username, String password, Api api) {}

  /** Registers a child through the API; answers its id. */
  static String registerChild(
      Api doctor, String name, String sex, LocalDate birthDate, String placeCode, String phone) {
    ApiResponse registered =
        doctor.post(
            "/api/patients",
            """
            {"name": "%s", "sex": "%s", "birthDate": "%s", "placeCode": "%s",
             "guardians": [{"name": "阿依古丽·买买提", "relationship": "mother", "phone": "%s"}],
             "acknowledgeDuplicates": true}
            """
                .formatted(name, sex, birthDate, placeCode, phone));
    assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
    return registered.json().getString("id");
  }

  static void giveConsent(Api doctor, String patientId, String... scopes) {
    giveConsentOn(doctor, patientId, today(), scopes);
  }

  /** The same, given on a day of the test's choosing (an application with a moved clock). */
  static void giveConsentOn(Api doctor, String patientId, LocalDate givenOn, String... scopes) {
    StringBuilder list = new StringBuilder();
    for (String scope : scopes) {
      list.append(list.length() == 0 ? "" : ", ").append('"').append(scope).append('"');
    }
    ApiResponse given =
        doctor.post(
            "/api/patients/" + patientId + "/consents",
            """
            {"guardianName": "阿依古丽·买买提", "relationship": "mother", "scopes": [%s],
             "givenOn": "%s"}
            """
                .formatted(list, givenOn));
    assertThat(given.status()).as(given.toString()).isEqualTo(201);
  }

  /** A pure-tone hearing screening that refers (both ears' PTA4 well above 20 dB HL). */
  static JsonObject referringHearingScreening(Api doctor, String patientId) {
    return referringHearingScreening(doctor, patientId, java.time.Instant.now().minusSeconds(60));
  }

  /** The same, performed at a moment of the test's choosing (an application with a moved clock). */
  static JsonObject referringHearingScreening(
      Api doctor, String patientId, java.time.Instant performedAt) {
    ApiResponse recorded =
        doctor
            .withHeader("Idempotency-Key", UUID.randomUUID().toString())
            .post(
                "/api/screenings",
                """
                {"patientId": "%s", "kind": "HEARING", "method": "PURE_TONE",
                 "performedAt": "%s",
                 "measurements": {"rightEar": {"500": 45, "1000": 50, "2000": 55, "4000": 60},
                                  "leftEar": {"500": 30, "1000": 35, "2000": 40, "4000": 45}}}
                """
                    .formatted(patientId, performedAt));
    assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
    assertThat(recorded.json().getString("result")).isEqualTo("REFER");
    return recorded.json();
  }

  /** A referral from the screening to the organisation with this key. */
  JsonObject referral(Api doctor, String patientId, String screeningId, String organisationKey) {
    ApiResponse requested =
        doctor.post(
            "/api/referrals",
            """
            {"patientId": "%s", "source": {"kind": "SCREENING", "id": "%s"},
             "toOrganisationId": "%s", "specialty": "AUDIOLOGY", "urgency": "ROUTINE",
             "reason": "hearing screening REFER"}
            """
                .formatted(patientId, screeningId, organisationId(organisationKey)));
    assertThat(requested.status()).as(requested.toString()).isEqualTo(201);
    return requested.json();
  }
}
