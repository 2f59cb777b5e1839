package org.alliancecare.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.concurrent.ThreadLocalRandom;
import org.alliancecare.testing.ApiResponse;
import org.alliancecare.web.ui.UiFixture.Account;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Printed documents in the web UI (issue 16, item 4): the referring doctor finds the print links on
 * the referral's page and opens the letter as a web page; the receiving hospital's doctor opens the
 * referral from the letter's QR link ({@code /r/{number}}, signing in first) and by scanning the
 * whole link into the "referral number / scan" field of the incoming referrals.
 */
class PrintedDocumentsJourneyIT {

  @Test
  void the_letter_is_printed_and_its_qr_link_and_scan_open_the_referral() {
    UiFixture fixture = UiFixture.shared();
    Account referring =
        fixture.account(
            "DOCTOR",
            "Dr Gulnar",
            fixture.practitioner("古丽娜尔·吾斯曼", "PEDIATRICS", "WS-H"),
            UiFixture.WENSU);
    Account receiving =
        fixture.account(
            "DOCTOR",
            "Dr Memet",
            fixture.practitioner("买买提·热依木", "OTOLARYNGOLOGY", "AKS-H1"),
            UiFixture.WENSU);
    String patientId =
        UiFixture.registerChild(
            referring.api(),
            "阿依努尔·买买提",
            "FEMALE",
            UiFixture.birthDateOfAChildOf(6),
            UiFixture.JIAMU_TOWN,
            "1399" + (1000000 + ThreadLocalRandom.current().nextInt(8999999)));
    ApiResponse consent =
        referring
            .api()
            .post(
                "/api/patients/" + patientId + "/consents",
                """
                {"guardianName": "买买提", "relationship": "father",
                 "scopes": ["SCREENING", "TREATMENT"], "givenOn": "%s"}"""
                    .formatted(UiFixture.today().minusDays(1)));
    assertThat(consent.status()).as(consent.toString()).isEqualTo(201);
    JsonObject screening = UiFixture.referringHearingScreening(referring.api(), patientId);
    JsonObject referral =
        fixture.referral(referring.api(), patientId, screening.getString("id"), "AKS-H1");
    String number = referral.getString("referralNumber");

    try (Browser browser = Browser.open(fixture.base(), "documents-referring", "zh-CN")) {
      browser.signIn(referring.username(), referring.password());
      browser.visit("/app/records/referral.xhtml?id=" + referral.getString("id"));
      assertThat(browser.present(By.id("letter-pdf"))).isTrue();
      String html = browser.driver().findElement(By.id("letter-html")).getAttribute("href");
      browser.screenshot("referral-with-print-links");
      browser.visit(html.substring(html.indexOf("/app/")));
      assertThat(browser.bodyText()).contains(number).contains("转诊单").contains("يوللانما");
      browser.screenshot("referral-letter-html");
    }

    try (Browser browser = Browser.open(fixture.base(), "documents-receiving", "en")) {
      browser.visit("/r/" + number);
      assertThat(browser.currentPath()).isEqualTo("/signin.xhtml");
      browser.type(By.id("signin:username"), receiving.username());
      browser.type(By.id("signin:password"), receiving.password());
      browser.clickThrough(By.id("signin:submit"));
      assertThat(browser.currentPath()).startsWith("/app/records/referral.xhtml?id=");
      assertThat(browser.text(By.id("referral-number"))).isEqualTo(number);

      browser.visit("/app/doctor/referrals.xhtml");
      browser.type(
          By.id("find-referral:number"), fixture.base().resolve("/r/" + number).toString());
      browser.submitWithEnter(By.id("find-referral:number"));
      assertThat(browser.currentPath()).startsWith("/app/records/referral.xhtml?id=");
      assertThat(browser.text(By.id("referral-number"))).isEqualTo(number);

      browser.visit("/app/doctor/referrals.xhtml");
      browser.type(By.id("find-referral:number"), "R-1999-999999");
      browser.submitWithEnter(By.id("find-referral:number"));
      assertThat(browser.present(By.id("find-referral:number-not-found"))).isTrue();
    }
  }
}
