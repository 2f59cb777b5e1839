package org.alliancecare.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.concurrent.ThreadLocalRandom;
import org.alliancecare.testing.ApiResponse;
import org.alliancecare.web.ui.UiFixture.Account;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Who is offered which step of a referral (issue 13, item 11): a Wensu doctor refers a child to the
 * prefecture's first hospital (AKS-H1); on the referral's page the referring doctor, in Chinese,
 * may only withdraw it, and a paediatrician of AKS-H1, in English, may accept or decline it but not
 * withdraw it — and accepts it.
 */
class ReferralStepsJourneyIT {

  @Test
  void the_referring_doctor_may_only_cancel_and_the_receiving_hospital_answers() {
    UiFixture fixture = UiFixture.shared();
    Account referring =
        fixture.account(
            "DOCTOR",
            "Dr Aygul",
            fixture.practitioner("阿依古丽·热合曼", "PEDIATRICS", "WS-H"),
            UiFixture.WENSU);
    Account receiving =
        fixture.account(
            "DOCTOR",
            "Dr Erkin",
            fixture.practitioner("艾尔肯·吐尔逊", "OTOLARYNGOLOGY", "AKS-H1"),
            UiFixture.WENSU);
    String patientId =
        UiFixture.registerChild(
            referring.api(),
            "努尔兰·艾力",
            "MALE",
            UiFixture.birthDateOfAChildOf(7),
            UiFixture.JIAMU_TOWN,
            "1366" + (1000000 + ThreadLocalRandom.current().nextInt(8999999)));
    // consent given yesterday: a consent given "today" is refused between 16:00 and 24:00 UTC
    // (issue 13 item 0, fixed separately) and this test is not about consent
    ApiResponse consent =
        referring
            .api()
            .post(
                "/api/patients/" + patientId + "/consents",
                """
                {"guardianName": "阿依古丽·买买提", "relationship": "mother",
                 "scopes": ["SCREENING", "TREATMENT"], "givenOn": "%s"}"""
                    .formatted(UiFixture.today().minusDays(1)));
    assertThat(consent.status()).as(consent.toString()).isEqualTo(201);
    JsonObject screening = UiFixture.referringHearingScreening(referring.api(), patientId);
    String referralId =
        fixture
            .referral(referring.api(), patientId, screening.getString("id"), "AKS-H1")
            .getString("id");

    try (Browser browser = Browser.open(fixture.base(), "referral-referring", "zh-CN")) {
      browser.signIn(referring.username(), referring.password());
      browser.visit("/app/records/referral.xhtml?id=" + referralId);
      assertThat(browser.text(By.id("referral-status"))).isEqualTo("已提交");
      assertThat(browser.present(By.id("steps:accept"))).isFalse();
      assertThat(browser.present(By.id("steps:decline"))).isFalse();
      assertThat(browser.present(By.id("steps:cancel"))).isTrue();
      browser.screenshot("referring-doctor");
    }

    try (Browser browser = Browser.open(fixture.base(), "referral-receiving", "en")) {
      browser.signIn(receiving.username(), receiving.password());
      browser.visit("/app/records/referral.xhtml?id=" + referralId);
      assertThat(browser.present(By.id("steps:accept"))).isTrue();
      assertThat(browser.present(By.id("steps:decline"))).isTrue();
      assertThat(browser.present(By.id("steps:cancel"))).isFalse();
      browser.screenshot("receiving-doctor");

      browser.clickThrough(By.id("steps:accept"));

      assertThat(browser.text(By.id("referral-status"))).isEqualTo("accepted");
      assertThat(browser.present(By.id("steps:schedule"))).isTrue();
      assertThat(browser.present(By.id("steps:cancel"))).isFalse();
    }
    assertThat(referring.api().get("/api/referrals/" + referralId).json().getString("status"))
        .isEqualTo("ACCEPTED");
  }
}
