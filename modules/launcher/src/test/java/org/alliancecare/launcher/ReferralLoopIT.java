package org.alliancecare.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.util.UUID;
import org.alliancecare.testing.Api;
import org.alliancecare.testing.ApiResponse;
import org.alliancecare.testing.DemoAccounts;
import org.alliancecare.testing.RunningApplication;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The closed loop seen from a screening: a REFER result offers a referral (and creates none by
 * itself); the referral the doctor then requests is listed on the screening with its status, and
 * its outcome flows back when it is completed.
 */
class ReferralLoopIT {

  private static Api doctor;

  @BeforeAll
  static void signIn() {
    doctor = DemoAccounts.signIn(RunningApplication.shared().api(), DemoAccounts.DOCTOR_WENSU);
  }

  @Test
  void a_refer_screening_offers_a_referral_whose_outcome_flows_back_to_it() {
    String patient = childWithConsent();
    ApiResponse screened =
        doctor
            .withHeader("Idempotency-Key", UUID.randomUUID().toString())
            .post(
                "/api/screenings",
                """
                {"patientId": "%s", "kind": "HEARING", "method": "OAE",
                 "performedAt": "2026-05-04T03:00:00Z",
                 "measurements": {"rightEar": "REFER", "leftEar": "PASS"}}
                """
                    .formatted(patient));
    assertThat(screened.status()).as(screened.toString()).isEqualTo(201);
    String screening = screened.json().getString("id");
    assertThat(screened.json().getString("result")).isEqualTo("REFER");
    assertThat(screened.json().getJsonObject("suggestedReferral").getString("specialty"))
        .isEqualTo("AUDIOLOGY");
    assertThat(screened.json().getJsonArray("referrals")).isEmpty();

    ApiResponse requested =
        doctor.post(
            "/api/referrals",
            """
            {"patientId": "%s", "source": {"kind": "SCREENING", "id": "%s"},
             "toOrganisationId": "%s", "specialty": "AUDIOLOGY", "urgency": "ROUTINE",
             "reason": "OAE REFER right ear"}
            """
                .formatted(patient, screening, hospital()));
    assertThat(requested.status()).as(requested.toString()).isEqualTo(201);
    String referral = requested.json().getString("id");
    assertThat(referralOf(screening).getString("status")).isEqualTo("REQUESTED");

    long version = requested.json().getJsonNumber("version").longValue();
    version = transition(referral, "accept", "{}", version);
    version =
        transition(referral, "schedule", "{\"appointmentAt\": \"2026-05-20T02:00:00Z\"}", version);
    transition(
        referral,
        "complete",
        "{\"outcome\": \"HEARING_AID_FITTED\", \"findings\": \"moderate loss, right ear\"}",
        version);

    JsonObject loop = referralOf(screening);
    assertThat(loop.getString("referralId")).isEqualTo(referral);
    assertThat(loop.getString("status")).isEqualTo("COMPLETED");
    assertThat(loop.getString("outcome")).isEqualTo("HEARING_AID_FITTED");
    assertThat(loop.getString("completedOn")).isNotBlank();
  }

  @Test
  void a_referral_whose_source_names_no_screening_is_refused_naming_the_field() {
    String patient = childWithConsent();
    ApiResponse refused =
        doctor.post(
            "/api/referrals",
            """
            {"patientId": "%s", "source": {"kind": "SCREENING", "id": "%s"},
             "toOrganisationId": "%s", "specialty": "AUDIOLOGY", "urgency": "ROUTINE",
             "reason": "no such screening"}
            """
                .formatted(patient, UUID.randomUUID(), hospital()));
    assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
    assertThat(refused.body()).contains("source.id");
  }

  private static long transition(String referral, String action, String body, long version) {
    ApiResponse moved =
        doctor
            .withHeader("If-Match", "\"" + version + "\"")
            .post("/api/referrals/" + referral + "/" + action, body);
    assertThat(moved.status()).as(action + " " + moved).isEqualTo(200);
    return moved.json().getJsonNumber("version").longValue();
  }

  private static JsonObject referralOf(String screening) {
    ApiResponse read = doctor.get("/api/screenings/" + screening);
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.json().getJsonArray("referrals")).hasSize(1);
    return read.json().getJsonArray("referrals").getJsonObject(0);
  }

  /**
   * 温宿县人民医院 (WS-H), where doctor.wensu works: the receiving hospital's practitioners accept,
   * schedule and complete a referral.
   */
  private static String hospital() {
    ApiResponse listed = doctor.get("/api/organisations?limit=500");
    return listed.json().getJsonArray("items").stream()
        .map(JsonValue::asJsonObject)
        .filter(o -> "WS-H".equals(o.getString("key", "")))
        .findFirst()
        .orElseThrow()
        .getString("id");
  }

  private static String childWithConsent() {
    LocalDate birth = LocalDate.of(2020, 1, 1).plusDays((long) (Math.random() * 1500));
    ApiResponse created =
        doctor.post(
            "/api/patients",
            """
            {"name": "回路%s", "sex": "MALE", "birthDate": "%s", "placeCode": "652922",
             "guardians": [{"name": "父亲", "relationship": "father"}]}
            """
                .formatted(UUID.randomUUID().toString().substring(0, 8), birth));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    String id = created.json().getString("id");
    ApiResponse consent =
        doctor.post(
            "/api/patients/" + id + "/consents",
            "{\"guardianName\": \"父亲\", \"relationship\": \"father\", \"scopes\": [\"SCREENING\","
                + " \"TREATMENT\", \"DATA_SHARING\"], \"givenOn\": \"2026-01-02\"}");
    assertThat(consent.status()).as(consent.toString()).isEqualTo(201);
    return id;
  }
}
