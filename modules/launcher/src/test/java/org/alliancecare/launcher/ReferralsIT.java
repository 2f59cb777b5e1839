package org.alliancecare.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.alliancecare.testing.Api;
import org.alliancecare.testing.ApiResponse;
import org.alliancecare.testing.DemoAccounts;
import org.alliancecare.testing.RunningApplication;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Referrals over HTTP against the packaged application: the closed loop with {@code If-Match} and
 * its history, refused transitions by name, reasons, due dates, idempotent requests, and work lists
 * within the caller's data scope. Children of 温宿县 (Wensu, 652922) referred to Aksu's maternal and
 * child health hospital.
 */
class ReferralsIT {

  private static final String WENSU = "652922";
  private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

  private static Api doctor;
  private static Api doctorKuqa;
  private static Api coordinator;
  private static Api auditor;
  private static String mchId;
  private static String wensuHospitalId;

  @BeforeAll
  static void signIn() {
    RunningApplication app = RunningApplication.shared();
    doctor = DemoAccounts.signIn(app.api(), DemoAccounts.DOCTOR_WENSU);
    doctorKuqa = DemoAccounts.signIn(app.api(), DemoAccounts.DOCTOR_KUQA);
    coordinator = DemoAccounts.signIn(app.api(), DemoAccounts.COORDINATOR);
    auditor = DemoAccounts.signIn(app.api(), DemoAccounts.AUDITOR_WENSU);
    mchId = organisation("AKS-MCH");
    wensuHospitalId = organisation("WS-H");
  }

  @Test
  void a_referral_runs_the_closed_loop_with_if_match_and_keeps_its_history() {
    String patient = child("阿依古丽·吐尔逊", today().minusYears(6));
    String body = referral(patient, mchId, "OTOLARYNGOLOGY", "ROUTINE", null);
    String key = UUID.randomUUID().toString();

    ApiResponse requested = doctor.withHeader("Idempotency-Key", key).post("/api/referrals", body);

    assertThat(requested.status()).as(requested.toString()).isEqualTo(201);
    JsonObject referral = requested.json();
    String id = referral.getString("id");
    assertThat(requested.header("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/api/referrals/" + id));
    assertThat(requested.header("ETag")).contains("\"1\"");
    assertThat(referral.getString("status")).isEqualTo("REQUESTED");
    assertThat(referral.getString("referralNumber")).matches("RF-\\d{4}-\\d{6}");
    assertThat(referral.getString("dueOn")).isEqualTo(today().plusDays(30).toString());
    assertThat(referral.getBoolean("overdue")).isFalse();
    assertThat(referral.getString("placeCode")).isEqualTo(WENSU);
    ApiResponse replayed = doctor.withHeader("Idempotency-Key", key).post("/api/referrals", body);
    assertThat(replayed.json().getString("id")).isEqualTo(id);

    assertThat(coordinator.post(path(id, "accept"), "{}").status()).isEqualTo(428);
    assertThat(coordinator.withHeader("If-Match", "\"7\"").post(path(id, "accept"), "{}").status())
        .isEqualTo(412);
    ApiResponse accepted =
        coordinator.withHeader("If-Match", "\"1\"").post(path(id, "accept"), "{}");
    assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
    assertThat(accepted.json().getString("status")).isEqualTo("ACCEPTED");
    assertThat(accepted.header("ETag")).contains("\"2\"");

    ApiResponse declined =
        coordinator
            .withHeader("If-Match", "\"2\"")
            .post(path(id, "decline"), "{\"reason\": \"late\"}");
    assertThat(declined.status()).isEqualTo(409);
    assertThat(declined.json().getString("type")).isEqualTo("invalid-transition");

    ApiResponse scheduled =
        coordinator
            .withHeader("If-Match", "\"2\"")
            .post(path(id, "schedule"), "{\"appointmentAt\": \"2030-05-12T02:30:00Z\"}");
    assertThat(scheduled.status()).as(scheduled.toString()).isEqualTo(200);
    assertThat(scheduled.json().getString("appointmentAt")).isEqualTo("2030-05-12T02:30:00Z");

    ApiResponse incomplete =
        coordinator
            .withHeader("If-Match", "\"3\"")
            .post(path(id, "complete"), "{\"outcome\": \"seen\"}");
    assertThat(incomplete.status()).isEqualTo(400);
    assertThat(fields(incomplete)).contains("findings");

    ApiResponse completed =
        coordinator
            .withHeader("If-Match", "\"3\"")
            .post(
                path(id, "complete"),
                "{\"outcome\": \"bilateral sensorineural hearing loss\","
                    + " \"findings\": \"ABR 70 dB nHL in both ears\"}");
    assertThat(completed.status()).as(completed.toString()).isEqualTo(200);
    assertThat(completed.json().getString("status")).isEqualTo("COMPLETED");
    assertThat(completed.json().getString("outcome"))
        .isEqualTo("bilateral sensorineural hearing loss");

    JsonObject stored = doctor.get("/api/referrals/" + id).json();
    assertThat(stored.getInt("version")).isEqualTo(4);
    JsonArray transitions = stored.getJsonArray("transitions");
    assertThat(transitions).hasSize(4);
    assertThat(transitions.getJsonObject(0).containsKey("from")).isFalse();
    assertThat(transitions.getJsonObject(0).getString("to")).isEqualTo("REQUESTED");
    assertThat(transitions.getJsonObject(0).getString("by")).isEqualTo(DemoAccounts.DOCTOR_WENSU);
    assertThat(transitions.getJsonObject(3).getString("from")).isEqualTo("SCHEDULED");
    assertThat(transitions.getJsonObject(3).getString("to")).isEqualTo("COMPLETED");
    assertThat(transitions.getJsonObject(3).getString("by")).isEqualTo(DemoAccounts.COORDINATOR);
    ApiResponse cancelled =
        doctor.withHeader("If-Match", "\"4\"").post(path(id, "cancel"), "{\"reason\": \"moved\"}");
    assertThat(cancelled.status()).isEqualTo(409);
    assertThat(cancelled.json().getString("type")).isEqualTo("invalid-transition");
  }

  @Test
  void declining_and_cancelling_need_a_reason_that_stays_in_the_history() {
    String patient = child("买买提·艾力", today().minusYears(9));
    // declined by a practitioner of the receiving hospital (doctor.wensu works at WS-H),
    // cancelled by the doctor who requested it
    String declined = request(patient, wensuHospitalId);
    String cancelled = request(patient, mchId);

    ApiResponse noReason =
        doctor.withHeader("If-Match", "\"1\"").post(path(declined, "decline"), "{}");
    assertThat(noReason.status()).isEqualTo(400);
    assertThat(fields(noReason)).containsExactly("reason");
    ApiResponse decline =
        doctor
            .withHeader("If-Match", "\"1\"")
            .post(
                path(declined, "decline"),
                "{\"reason\": \"no paediatric audiologist until September\"}");
    assertThat(decline.status()).isEqualTo(200);
    assertThat(decline.json().getString("status")).isEqualTo("DECLINED");
    ApiResponse cancel =
        doctor
            .withHeader("If-Match", "\"1\"")
            .post(path(cancelled, "cancel"), "{\"reason\": \"family moved to Urumqi\"}");
    assertThat(cancel.status()).isEqualTo(200);

    JsonArray history = doctor.get("/api/referrals/" + declined).json().getJsonArray("transitions");
    assertThat(history.getJsonObject(1).getString("reason"))
        .isEqualTo("no paediatric audiologist until September");
  }

  @Test
  void an_infants_hearing_referral_is_due_by_the_day_the_child_is_three_months_old() {
    LocalDate born = today().minusDays(70);
    String infant = child("婴儿·艾合买提", born);

    ApiResponse requested =
        doctor.post("/api/referrals", referral(infant, mchId, "AUDIOLOGY", "ROUTINE", null));

    assertThat(requested.status()).as(requested.toString()).isEqualTo(201);
    assertThat(requested.json().getString("dueOn")).isEqualTo(born.plusMonths(3).toString());
    ApiResponse urgent =
        doctor.post("/api/referrals", referral(infant, mchId, "AUDIOLOGY", "URGENT", null));
    assertThat(urgent.json().getString("dueOn")).isEqualTo(today().plusDays(7).toString());
    ApiResponse given =
        doctor.post(
            "/api/referrals",
            referral(infant, mchId, "OPHTHALMOLOGY", "ROUTINE", "\"" + today().plusDays(3) + "\""));
    assertThat(given.json().getString("dueOn")).isEqualTo(today().plusDays(3).toString());
  }

  @Test
  void work_lists_filter_within_the_callers_scope_and_say_what_is_overdue() {
    String patient = child("热依拉·买买提", today().minusYears(7));
    String toMch = request(patient, mchId);
    String toWensu = request(patient, wensuHospitalId);
    doctor.withHeader("If-Match", "\"1\"").post(path(toWensu, "accept"), "{}");

    assertThat(ids(doctor.get("/api/referrals?limit=500"))).contains(toMch, toWensu);
    assertThat(ids(auditor.get("/api/referrals?limit=500"))).contains(toMch, toWensu);
    assertThat(ids(doctorKuqa.get("/api/referrals?limit=500"))).doesNotContain(toMch, toWensu);
    assertThat(doctorKuqa.get("/api/referrals/" + toMch).status()).isEqualTo(404);
    assertThat(ids(coordinator.get("/api/referrals?limit=500&toOrganisationId=" + wensuHospitalId)))
        .contains(toWensu)
        .doesNotContain(toMch);
    assertThat(ids(coordinator.get("/api/referrals?limit=500&status=ACCEPTED&placeCode=652900")))
        .contains(toWensu)
        .doesNotContain(toMch);
    assertThat(ids(coordinator.get("/api/referrals?limit=500&placeCode=652902")))
        .doesNotContain(toMch);
    assertThat(ids(doctor.get("/api/referrals?limit=500&overdue=false"))).contains(toMch);
    assertThat(ids(doctor.get("/api/referrals?limit=500&overdue=true"))).doesNotContain(toMch);
    ApiResponse listed = doctor.get("/api/referrals?limit=500");
    JsonObject item =
        listed.json().getJsonArray("items").stream()
            .map(JsonValue::asJsonObject)
            .filter(r -> r.getString("id").equals(toMch))
            .findFirst()
            .orElseThrow();
    assertThat(item.getBoolean("overdue")).isFalse();
    assertThat(doctor.get("/api/referrals?status=LOST").status()).isEqualTo(400);
    assertThat(doctor.get("/api/referrals?overdue=maybe").status()).isEqualTo(400);
  }

  @Test
  void who_may_do_what_with_referrals() {
    String patient = child("古丽娜·艾买提", today().minusYears(5));
    String id = request(patient, mchId);

    assertThat(auditor.get("/api/referrals/" + id).status()).isEqualTo(200);
    assertThat(
            auditor
                .post("/api/referrals", referral(patient, mchId, "ENT", "ROUTINE", null))
                .status())
        .isEqualTo(403);
    assertThat(auditor.withHeader("If-Match", "\"1\"").post(path(id, "accept"), "{}").status())
        .isEqualTo(403);
    assertThat(doctorKuqa.withHeader("If-Match", "\"1\"").post(path(id, "accept"), "{}").status())
        .isEqualTo(404);
    assertThat(
            doctorKuqa
                .post("/api/referrals", referral(patient, mchId, "ENT", "ROUTINE", null))
                .status())
        .isEqualTo(404);
  }

  @Test
  void only_the_receiving_organisation_answers_a_referral_and_only_the_requester_cancels_it() {
    String patient = child("阿依努尔·吐尔逊", today().minusYears(6));
    // doctor.wensu works at 温宿县人民医院 (WS-H), not at the prefecture's MCH hospital
    String toMch = request(patient, mchId);
    String declinable = request(patient, mchId);

    for (String transition : List.of("accept", "decline")) {
      ApiResponse refused =
          doctor
              .withHeader("If-Match", "\"1\"")
              .post(
                  path(transition.equals("accept") ? toMch : declinable, transition),
                  "{\"reason\": \"no capacity\"}");
      assertThat(refused.status()).as(transition + " " + refused).isEqualTo(403);
      assertThat(refused.json().getString("type")).isEqualTo("forbidden");
    }
    JsonObject unchanged = doctor.get("/api/referrals/" + toMch).json();
    assertThat(unchanged.getString("status")).isEqualTo("REQUESTED");
    assertThat(unchanged.getInt("version")).isEqualTo(1);
    ok(coordinator.withHeader("If-Match", "\"1\"").post(path(toMch, "accept"), "{}"));
    assertThat(
            doctor
                .withHeader("If-Match", "\"2\"")
                .post(path(toMch, "schedule"), "{\"appointmentAt\": \"2030-05-12T02:30:00Z\"}")
                .status())
        .isEqualTo(403);

    // requested by the coordinator, addressed to WS-H: doctor.wensu answers it, cannot cancel it
    String toWensu = requestAs(coordinator, patient, wensuHospitalId);
    ok(doctor.withHeader("If-Match", "\"1\"").post(path(toWensu, "accept"), "{}"));
    ok(
        doctor
            .withHeader("If-Match", "\"2\"")
            .post(path(toWensu, "schedule"), "{\"appointmentAt\": \"2030-05-12T02:30:00Z\"}"));
    ApiResponse notTheirs =
        doctor
            .withHeader("If-Match", "\"3\"")
            .post(path(toWensu, "cancel"), "{\"reason\": \"family moved\"}");
    assertThat(notTheirs.status()).as(notTheirs.toString()).isEqualTo(403);
    ok(
        doctor
            .withHeader("If-Match", "\"3\"")
            .post(
                path(toWensu, "complete"),
                "{\"outcome\": \"seen\", \"findings\": \"normal hearing on ABR\"}"));

    // requested by doctor.wensu: the requester withdraws it, the receiving hospital cannot
    ApiResponse cancelled =
        doctor
            .withHeader("If-Match", "\"2\"")
            .post(path(toMch, "cancel"), "{\"reason\": \"family moved to Urumqi\"}");
    assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
    assertThat(cancelled.json().getString("status")).isEqualTo("CANCELLED");
  }

  @Test
  void a_bad_request_names_every_field_and_the_organisation_must_exist() {
    String patient = child("阿不都·热合曼", today().minusYears(4));

    ApiResponse empty = doctor.post("/api/referrals", "{}");
    assertThat(empty.status()).isEqualTo(400);
    assertThat(fields(empty))
        .contains("patientId", "source", "toOrganisationId", "specialty", "urgency", "reason");
    ApiResponse unknown =
        doctor.post(
            "/api/referrals",
            referral(patient, mchId, "ENT", "ROUTINE", null)
                .replaceFirst("\\{", "{\"priority\": 1, "));
    assertThat(unknown.status()).isEqualTo(400);
    ApiResponse nowhere =
        doctor.post(
            "/api/referrals",
            referral(patient, UUID.randomUUID().toString(), "ENT", "ROUTINE", null));
    assertThat(nowhere.status()).isEqualTo(400);
    assertThat(fields(nowhere)).containsExactly("toOrganisationId");
    ApiResponse past =
        doctor.post(
            "/api/referrals",
            referral(patient, mchId, "ENT", "ROUTINE", "\"" + today().minusDays(1) + "\""));
    assertThat(past.status()).isEqualTo(400);
    assertThat(fields(past)).containsExactly("dueOn");
  }

  static String referral(
      String patient, String organisation, String specialty, String urgency, String dueOn) {
    return """
        {"patientId": "%s", "source": {"kind": "SCREENING", "id": "%s"},
         "toOrganisationId": "%s", "specialty": "%s", "urgency": "%s",
         "reason": "REFER in both ears on OAE at the outreach clinic", "dueOn": %s}"""
        .formatted(patient, referScreening(patient), organisation, specialty, urgency, dueOn);
  }

  /** The patient's OAE screening that came out REFER, the source of the referrals made here. */
  private static String referScreening(String patient) {
    return SCREENINGS.computeIfAbsent(
        patient,
        child -> {
          ApiResponse consent =
              doctor.post(
                  "/api/patients/" + child + "/consents",
                  "{\"guardianName\": \"吐尔逊·买买提\", \"relationship\": \"father\","
                      + " \"scopes\": [\"SCREENING\"], \"givenOn\": \""
                      + today()
                      + "\"}");
          assertThat(consent.status()).as(consent.toString()).isEqualTo(201);
          ApiResponse screened =
              doctor
                  .withHeader("Idempotency-Key", UUID.randomUUID().toString())
                  .post(
                      "/api/screenings",
                      """
                      {"patientId": "%s", "kind": "HEARING", "method": "OAE", "performedAt": "%s",
                       "measurements": {"rightEar": "REFER", "leftEar": "REFER"}}"""
                          .formatted(child, java.time.Instant.now().minusSeconds(60)));
          assertThat(screened.status()).as(screened.toString()).isEqualTo(201);
          return screened.json().getString("id");
        });
  }

  private static final java.util.Map<String, String> SCREENINGS =
      new java.util.concurrent.ConcurrentHashMap<>();

  private static String request(String patient, String organisation) {
    return requestAs(doctor, patient, organisation);
  }

  private static String requestAs(Api as, String patient, String organisation) {
    ApiResponse requested =
        as.post(
            "/api/referrals", referral(patient, organisation, "OTOLARYNGOLOGY", "ROUTINE", null));
    assertThat(requested.status()).as(requested.toString()).isEqualTo(201);
    return requested.json().getString("id");
  }

  static String child(String name, LocalDate birthDate) {
    ApiResponse created =
        doctor.post(
            "/api/patients",
            """
            {"name": "%s", "sex": "FEMALE", "birthDate": "%s", "placeCode": "%s",
             "acknowledgeDuplicates": true,
             "guardians": [{"name": "吐尔逊·买买提", "relationship": "father", "phone": "139%08d"}]}"""
                .formatted(name, birthDate, WENSU, (int) (Math.random() * 99_999_999)));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.json().getString("id");
  }

  private static String organisation(String key) {
    ApiResponse listed = doctor.get("/api/organisations?limit=500");
    assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
    return listed.json().getJsonArray("items").stream()
        .map(JsonValue::asJsonObject)
        .filter(o -> key.equals(o.getString("key", "")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no organisation " + key))
        .getString("id");
  }

  static LocalDate today() {
    return LocalDate.now(BEIJING);
  }

  private static void ok(ApiResponse response) {
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
  }

  private static String path(String id, String transition) {
    return "/api/referrals/" + id + "/" + transition;
  }

  private static List<String> ids(ApiResponse list) {
    assertThat(list.status()).as(list.toString()).isEqualTo(200);
    return list.json().getJsonArray("items").stream()
        .map(item -> item.asJsonObject().getString("id"))
        .toList();
  }

  static List<String> fields(ApiResponse response) {
    return response.json().getJsonArray("errors").stream()
        .map(error -> error.asJsonObject().getString("field"))
        .toList();
  }
}
