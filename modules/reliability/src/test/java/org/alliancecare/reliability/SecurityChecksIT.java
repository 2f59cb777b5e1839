package org.alliancecare.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.alliancecare.testing.DemoAccounts;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Who gets in: probes of records of 温宿县 (Wensu, 652922) by the accounts of 库车市 (Kuqa, 652902) and
 * of a clinic of another alliance by the paediatrics lead answer exactly as a missing record would;
 * the lockout comes at exactly the fifth failure; a token ends exactly when it has been idle for
 * the configured time; identity numbers leave only through {@code /national-id}; and the security
 * headers are on pages and operational endpoints too.
 */
@Order(1)
class SecurityChecksIT {

  private static final String SECTION = "4. security";

  @Test
  void records_of_another_county_answer_exactly_as_missing_ones() {
    Harness harness = Harness.get();
    Records records = harness.records();
    String patient = records.child();
    String screening = records.screening(patient);
    String referral = records.referral(patient, screening);
    String caseId = records.caseFor(patient);
    Http auditorKuqa = harness.as(DemoAccounts.AUDITOR_KUQA);
    Http doctorKuqa = harness.as(DemoAccounts.DOCTOR_KUQA);
    String missing = UUID.randomUUID().toString();

    Map<String, String> reads = new LinkedHashMap<>();
    reads.put("/api/patients/%s", patient);
    reads.put("/api/patients/%s/screenings", patient);
    reads.put("/api/patients/%s/consents", patient);
    reads.put("/api/patients/%s/timeline", patient);
    reads.put("/api/patients/%s/national-id", patient);
    reads.put("/api/screenings/%s", screening);
    reads.put("/api/referrals/%s", referral);
    reads.put("/api/cases/%s", caseId);
    List<String> different = new ArrayList<>();
    int probes = 0;
    for (Map.Entry<String, String> read : reads.entrySet()) {
      for (Http as : List.of(auditorKuqa, doctorKuqa)) {
        Http.Answer foreign = as.get(read.getKey().formatted(read.getValue()));
        Http.Answer absent = as.get(read.getKey().formatted(missing));
        probes++;
        compare(read.getKey(), foreign, absent, read.getValue(), missing, different);
      }
    }
    Map<String, String> writes = new LinkedHashMap<>();
    writes.put("/api/referrals/%s/accept", null);
    writes.put("/api/cases/%s/stage", "{\"stage\": \"INTERVENTION\"}");
    writes.put(
        "/api/screenings/%s/corrections",
        "{\"reason\": \"x\", \"measurements\": {\"outcome\": \"PASS\"}}");
    for (Map.Entry<String, String> write : writes.entrySet()) {
      String id =
          write.getKey().startsWith("/api/referrals")
              ? referral
              : write.getKey().startsWith("/api/cases") ? caseId : screening;
      Http.Answer foreign =
          doctorKuqa.ifMatch(1).post(write.getKey().formatted(id), write.getValue());
      Http.Answer absent =
          doctorKuqa.ifMatch(1).post(write.getKey().formatted(missing), write.getValue());
      probes++;
      compare(write.getKey(), foreign, absent, id, missing, different);
    }
    Http.Answer foreignScreening =
        doctorKuqa
            .key(UUID.randomUUID().toString())
            .post("/api/screenings", Records.screeningBody(patient, 10, 1));
    Http.Answer absentScreening =
        doctorKuqa
            .key(UUID.randomUUID().toString())
            .post("/api/screenings", Records.screeningBody(missing, 10, 1));
    probes++;
    compare("POST /api/screenings", foreignScreening, absentScreening, patient, missing, different);

    // a clinic hosted by another alliance, edited by the paediatrics lead
    String otherAlliance =
        records.coordinator().get("/api/alliances?limit=500").json().getJsonArray("items").stream()
            .map(a -> a.asJsonObject())
            .filter(a -> a.getString("code").equals("ENT"))
            .findFirst()
            .orElseThrow()
            .getString("id");
    String entClinic =
        Records.expect(
                201,
                records
                    .coordinator()
                    .post(
                        "/api/clinics",
                        Records.clinicBody(
                            otherAlliance,
                            Records.today().plusDays(700),
                            "温宿县人民医院",
                            20,
                            "Asia/Shanghai")))
            .id();
    String body =
        Records.clinicBody(otherAlliance, Records.today().plusDays(701), "x", 20, "Asia/Shanghai");
    Http.Answer otherAlliancesClinic =
        records.lead().ifMatch(0).put("/api/clinics/" + entClinic, body);
    Http.Answer otherAlliancesAttendances =
        records.lead().get("/api/clinics/" + entClinic + "/attendances");
    probes += 2;

    Figures.record(
        SECTION, "IDOR probes across counties (auditor.kuqa, doctor.kuqa on 652922)", probes - 2);
    Figures.record(
        SECTION, "IDOR probes whose answer differs from a missing record's", different.size());
    Figures.record(
        SECTION,
        "PED lead editing an ENT clinic / reading its attendances",
        otherAlliancesClinic.status() + " / " + otherAlliancesAttendances.status());
    if (!different.isEmpty()) {
      Figures.record(
          SECTION, "first differing probes", different.subList(0, Math.min(5, different.size())));
    }
    assertThat(different).isEmpty();
    assertThat(otherAlliancesClinic.status()).isIn(403, 404);
    assertThat(otherAlliancesAttendances.status()).isIn(403, 404);
  }

  private static void compare(
      String what,
      Http.Answer foreign,
      Http.Answer absent,
      String id,
      String missing,
      List<String> different) {
    String a = foreign.body().replace(id, "{id}");
    String b = absent.body().replace(missing, "{id}");
    // 404 as if missing; 403 where the role may not do it at all (then for any record alike)
    boolean refused = foreign.status() == 404 || foreign.status() == 403;
    if (!refused || foreign.status() != absent.status() || !a.equals(b)) {
      different.add(what + ": " + foreign + " vs missing " + absent);
    }
  }

  @Test
  void an_account_locks_at_exactly_the_fifth_failed_sign_in_and_not_before() {
    Harness harness = Harness.get();
    String username = "reliability.lock." + UUID.randomUUID().toString().substring(0, 6);
    String password = "Kizil-caves-" + UUID.randomUUID();
    harness.createAccount(
        """
        {"username": "%s", "displayName": "Lockout probe", "password": "%s",
         "roles": ["AUDITOR"], "jurisdiction": ["652922"]}"""
            .formatted(username, password),
        username,
        password);
    Http anonymous = harness.anonymous();
    String wrong = "{\"username\": \"" + username + "\", \"password\": \"wrong-password-123\"}";
    String right = "{\"username\": \"" + username + "\", \"password\": \"" + password + "\"}";

    List<Integer> firstFour = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      firstFour.add(anonymous.post("/api/session", wrong).status());
    }
    int afterFour = anonymous.post("/api/session", right).status();
    List<Integer> nextFive = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      nextFive.add(anonymous.post("/api/session", wrong).status());
    }
    Http.Answer afterFive = anonymous.post("/api/session", right);
    Http.Answer unknown =
        anonymous.post(
            "/api/session",
            "{\"username\": \"nobody.at.all\", \"password\": \"wrong-password-123\"}");

    Figures.record(SECTION, "right password after 4 failures", afterFour);
    Figures.record(SECTION, "right password after 5 failures (locked)", afterFive.status());
    Figures.record(
        SECTION,
        "locked answer is the unknown-user answer",
        afterFive.body().equals(unknown.body()));
    assertThat(firstFour).containsOnly(401);
    assertThat(afterFour).isEqualTo(200);
    assertThat(nextFive).containsOnly(401);
    assertThat(afterFive.status()).isEqualTo(401);
    assertThat(afterFive.body()).isEqualTo(unknown.body());
  }

  @Test
  void identity_numbers_are_masked_outside_national_id_and_pages_carry_the_security_headers() {
    Harness harness = Harness.get();
    Records records = harness.records();
    String patient = records.child();
    Http.Answer full = records.coordinator().get("/api/patients/" + patient + "/national-id");
    records.doctor().get("/api/patients/" + patient);
    records.doctor().get("/api/patients?limit=50&placeCode=652922");
    records.coordinator().get("/api/patients/" + patient + "/timeline");
    List<String> elsewhere = new ArrayList<>();
    for (String path :
        List.of(
            "/",
            "/index.xhtml",
            "/health/ready",
            "/health/live",
            "/openapi",
            "/metrics",
            "/no-such-page",
            "/api/no-such-thing",
            "/api/version")) {
      Http.Answer answer =
          harness.anonymous().with("Accept", "text/html,application/xhtml+xml,*/*").get(path);
      String missing = "";
      if (answer.header("X-Content-Type-Options").isEmpty()) {
        missing += " nosniff";
      }
      if (answer.header("Content-Type").orElse("").startsWith("text/html")
          && answer.header("Content-Security-Policy").isEmpty()) {
        missing += " CSP";
      }
      if (!missing.isEmpty()) {
        elsewhere.add(path + " " + answer.status() + " lacks" + missing);
      }
    }
    Figures.record(
        SECTION,
        "/national-id answers the full number",
        full.status() == 200 && full.json().getString("nationalId").length() == 18);
    Figures.record(SECTION, "pages and operational endpoints lacking headers", elsewhere);
    assertThat(full.status()).isEqualTo(200);
    assertThat(Traffic.unmasked()).isZero();
    assertThat(elsewhere).isEmpty();
  }
}
