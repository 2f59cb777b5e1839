package org.alliancecare.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.alliancecare.testing.ApiResponse;
import org.alliancecare.testing.DemoAccounts;
import org.alliancecare.web.ui.UiFixture.Account;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The Wensu County auditor, in English: finds a child whose registration, consent, screening and
 * referral a doctor recorded, opens the child's case history and sees every step with who did it
 * and when; verifies the journal; finds the reads of the child, their own included, in the access
 * log.
 */
class AuditorJourneyIT {

  @Test
  void an_auditor_sees_every_step_of_a_childs_history_with_its_actor_and_verifies_the_journal() {
    UiFixture fixture = UiFixture.shared();
    String practitioner = fixture.practitioner("李娜", "PEDIATRICS", "WS-H");
    Account doctor = fixture.account("DOCTOR", "Dr Li Na", practitioner, UiFixture.WENSU);
    String name = "买买提·吐尔逊";
    String phone = "1377" + (1000000 + ThreadLocalRandom.current().nextInt(8999999));
    String patientId =
        UiFixture.registerChild(
            doctor.api(),
            name,
            "MALE",
            UiFixture.birthDateOfAChildOf(5),
            UiFixture.JIAMU_TOWN,
            phone);
    UiFixture.giveConsent(doctor.api(), patientId, "SCREENING", "TREATMENT", "DATA_SHARING");
    JsonObject screening = UiFixture.referringHearingScreening(doctor.api(), patientId);
    JsonObject referral =
        fixture.referral(doctor.api(), patientId, screening.getString("id"), "AKS-H1");

    try (Browser browser = Browser.open(fixture.base(), "auditor", "en")) {
      browser.signIn(DemoAccounts.AUDITOR_WENSU, DemoAccounts.password(DemoAccounts.AUDITOR_WENSU));
      assertThat(browser.text(By.id("who-roles"))).isEqualTo("Auditor");
      assertThat(browser.present(By.id("nav-journal"))).isTrue();
      assertThat(browser.present(By.id("nav-today"))).isFalse();

      browser.visit("/app/records/patients.xhtml");
      browser.type(By.id("search:q"), "买买提•吐尔逊");
      browser.clickInPlace(By.id("search:find"));
      browser.awaitVisible(By.id("search:found"));
      assertThat(browser.text(By.id("search:found"))).contains(name);
      browser.screenshot("found");

      browser.visit("/app/audit/history.xhtml?patient=" + patientId);
      assertThat(browser.text(By.id("subject-name"))).isEqualTo(name);
      List<String> entries = browser.texts(By.cssSelector("#timeline tbody tr"));
      assertThat(entries).hasSizeGreaterThanOrEqualTo(4);
      assertThat(entries)
          .anySatisfy(
              e ->
                  assertThat(e)
                      .contains("registered", doctor.username(), "Dr Li Na registered the child")
                      .contains("living in Jiamu Town"))
          .anySatisfy(e -> assertThat(e).contains("consent given", doctor.username()))
          .anySatisfy(
              e ->
                  assertThat(e)
                      .contains(
                          "screening recorded",
                          doctor.username(),
                          "Dr Li Na recorded a hearing screening by pure-tone audiometry: REFER"))
          .anySatisfy(
              e ->
                  assertThat(e)
                      .contains(
                          "referral requested",
                          doctor.username(),
                          referral.getString("referralNumber")));
      assertThat(entries)
          .allSatisfy(
              e ->
                  assertThat(e)
                      .containsPattern("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} \\(Asia/Shanghai"));
      browser.screenshot("history");

      browser.visit("/app/audit/journal.xhtml");
      browser.clickThrough(By.id("verify:verifyNow"));
      assertThat(browser.text(By.id("verification"))).isEqualTo("Every hash chain is intact.");
      assertThat(browser.bodyText())
          .containsPattern("Verified: \\d+ entries in \\d+ streams, every chain intact.");
      assertThat(browser.bodyText()).contains(DemoAccounts.AUDITOR_WENSU);
      browser.screenshot("verified");

      browser.visit("/app/audit/access.xhtml");
      browser.type(By.id("access:patient"), patientId);
      browser.clickThrough(By.id("access:search"));
      List<String> reads = browser.texts(By.cssSelector("#access\\:rows tbody tr"));
      assertThat(reads)
          .anySatisfy(r -> assertThat(r).contains(doctor.username(), "read"))
          .anySatisfy(r -> assertThat(r).contains(DemoAccounts.AUDITOR_WENSU, "case history"));
      browser.screenshot("access-log");

      ApiResponse logged =
          DemoAccounts.signIn(fixture.anonymous, DemoAccounts.AUDITOR_WENSU)
              .get(
                  "/api/audit/access?patientId="
                      + patientId
                      + "&actor="
                      + DemoAccounts.AUDITOR_WENSU);
      assertThat(logged.body()).contains("PatientTimeline", "Patient");
      assertThat(browser.reportTimings()).isLessThan(1000);
    }
  }
}
