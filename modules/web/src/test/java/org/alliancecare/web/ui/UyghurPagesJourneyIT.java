package org.alliancecare.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.concurrent.ThreadLocalRandom;
import org.alliancecare.testing.ApiResponse;
import org.alliancecare.web.ui.UiFixture.Account;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * The web UI in Uyghur (issue 16): a browser that asks for Uyghur gets every page right to left
 * ({@code <html dir="rtl" lang="ug-CN">}: the sign-in page, the shell's pages, the error pages),
 * with a mirrored layout and the numbers (referral numbers, dates) kept left to right; the other
 * two languages are offered on every page, each named in itself. A language switched to is kept on
 * the account: after signing out and in again — also on a browser that asks for English — the pages
 * speak the account's language. Screenshots of the Uyghur pages are kept under {@code
 * target/screenshots/ug/}.
 */
class UyghurPagesJourneyIT {

  @Test
  void a_doctor_whose_browser_asks_for_uyghur_gets_rtl_pages_and_keeps_the_language_chosen() {
    UiFixture fixture = UiFixture.shared();
    Account doctor =
        fixture.account(
            "DOCTOR",
            "Dr Gulmire",
            fixture.practitioner("古丽米热·麦麦提", "PEDIATRICS", "WS-H"),
            UiFixture.WENSU);
    String patientId =
        UiFixture.registerChild(
            doctor.api(),
            "麦尔旦·艾力",
            "MALE",
            UiFixture.birthDateOfAChildOf(7),
            UiFixture.JIAMU_TOWN,
            "1399" + (1000000 + ThreadLocalRandom.current().nextInt(8999999)));
    ApiResponse consent =
        doctor
            .api()
            .post(
                "/api/patients/" + patientId + "/consents",
                """
                {"guardianName": "阿依古丽·买买提", "relationship": "mother",
                 "scopes": ["SCREENING"], "givenOn": "%s"}"""
                    .formatted(UiFixture.today().minusDays(1)));
    assertThat(consent.status()).as(consent.toString()).isEqualTo(201);
    JsonObject screening = UiFixture.referringHearingScreening(doctor.api(), patientId);
    JsonObject referral =
        fixture.referral(doctor.api(), patientId, screening.getString("id"), "AKS-H1");
    String referralNumber = referral.getString("referralNumber");

    try (Browser browser = Browser.open(fixture.base(), "ug/doctor", "ug")) {
      browser.visit("/");
      assertWritten(browser, "rtl", "ug-CN");
      assertOtherLanguages(browser, "language", "lang-zh", "lang-en");
      browser.screenshot("signin");

      browser.signIn(doctor.username(), doctor.password());
      assertWritten(browser, "rtl", "ug-CN");
      assertOtherLanguages(browser, "shell", "lang-zh", "lang-en");
      // mirrored: the application's name at the right, the user's block at the left
      assertThat(left(browser, By.id("who")))
          .isLessThan(left(browser, By.cssSelector(".ac-brand")));
      browser.screenshot("home");

      browser.visit("/app/doctor/today.xhtml");
      assertWritten(browser, "rtl", "ug-CN");
      browser.screenshot("today");

      browser.visit("/app/records/patient.xhtml?id=" + patientId);
      assertWritten(browser, "rtl", "ug-CN");
      // a referral number, a phone number, a date: isolated and left to right inside the Uyghur
      assertThat(
              browser.driver().findElements(By.cssSelector("bdi[dir=ltr]")).stream()
                  .map(WebElement::getText)
                  .toList())
          .isNotEmpty()
          .anySatisfy(t -> assertThat(t).matches("\\d{4}-\\d{2}-\\d{2}.*"));
      browser.screenshot("patient");

      browser.visit("/app/records/referral.xhtml?id=" + referral.getString("id"));
      assertWritten(browser, "rtl", "ug-CN");
      WebElement number = browser.driver().findElement(By.cssSelector("#referral-number bdi"));
      assertThat(number.getText()).isEqualTo(referralNumber);
      assertThat(number.getAttribute("dir")).isEqualTo("ltr");
      browser.screenshot("referral");

      browser.visit("/app/doctor/screening.xhtml?patient=" + patientId);
      assertWritten(browser, "rtl", "ug-CN");
      browser.screenshot("screening-form");

      browser.visit("/app/records/no-such-page.xhtml");
      assertWritten(browser, "rtl", "ug-CN");
      browser.screenshot("not-found");

      // switched to Chinese: the pages are left to right, and the account keeps the choice
      browser.visit("/app/home.xhtml");
      browser.clickThrough(By.id("shell:lang-zh"));
      assertWritten(browser, "ltr", "zh-CN");
      assertOtherLanguages(browser, "shell", "lang-ug", "lang-en");
      assertThat(doctor.api().get("/api/me").json().getString("language")).isEqualTo("zh-CN");

      // signed out, the sign-in page follows the browser again; signed in, the account's choice
      browser.clickThrough(By.id("shell:sign-out"));
      assertThat(browser.currentPath()).isEqualTo("/signin.xhtml");
      assertWritten(browser, "rtl", "ug-CN");
      browser.signIn(doctor.username(), doctor.password());
      assertWritten(browser, "ltr", "zh-CN");

      browser.clickThrough(By.id("shell:lang-ug"));
      assertWritten(browser, "rtl", "ug-CN");
      assertThat(doctor.api().get("/api/me").json().getString("language")).isEqualTo("ug-CN");
    }

    // the account's language follows the doctor to a browser that asks for English
    try (Browser browser = Browser.open(fixture.base(), "ug/doctor-english-browser", "en")) {
      browser.visit("/");
      assertWritten(browser, "ltr", "en");
      browser.signIn(doctor.username(), doctor.password());
      assertWritten(browser, "rtl", "ug-CN");
      browser.screenshot("home");
    }
  }

  @Test
  void a_coordinator_reads_the_indicators_right_to_left_with_the_charts_mirrored() {
    UiFixture fixture = UiFixture.shared();
    Account coordinator =
        fixture.account("COORDINATOR", "Coordinator (Uyghur pages)", null, "652900", "659002");
    try (Browser browser = Browser.open(fixture.base(), "ug/coordinator", "ug-CN")) {
      browser.signIn(coordinator.username(), coordinator.password());
      browser.visit("/app/coordinator/indicators.xhtml?code=QIMING");
      assertWritten(browser, "rtl", "ug-CN");
      assertThat(browser.present(By.cssSelector("#countyChart canvas"))).isTrue();
      // Chart.js reads the legend right to left and puts the first county at the right
      Object mirrored =
          ((JavascriptExecutor) browser.driver())
              .executeScript(
                  "const o = Chart.getChart('countyChart_canvas').options;"
                      + " return [o.plugins.legend.rtl, o.scales.x.reverse, o.scales.y.position];");
      assertThat(mirrored).isEqualTo(java.util.List.of(true, true, "right"));
      // PrimeFaces' own texts (there is no Uyghur locale in PrimeFaces: locale-ug.js is ours)
      assertThat(browser.source()).doesNotContain("RES_NOT_FOUND");
      assertThat(
              ((JavascriptExecutor) browser.driver())
                  .executeScript("return PrimeFaces.locales['ug'].isRTL"))
          .isEqualTo(true);
      browser.screenshot("indicators");

      browser.visit("/app/lead/calendar.xhtml");
      assertWritten(browser, "rtl", "ug-CN");
      browser.screenshot("calendar");
    }
  }

  /** The page's {@code <html>} says its direction and language, and the body is laid out so. */
  private static void assertWritten(Browser browser, String direction, String language) {
    WebElement html = browser.driver().findElement(By.tagName("html"));
    assertThat(html.getAttribute("dir")).as("dir of " + browser.currentPath()).isEqualTo(direction);
    assertThat(html.getAttribute("lang"))
        .as("lang of " + browser.currentPath())
        .isEqualTo(language);
    assertThat(
            ((JavascriptExecutor) browser.driver())
                .executeScript("return getComputedStyle(document.body).direction"))
        .isEqualTo(direction);
    assertThat(browser.source())
        .as("a resource of " + browser.currentPath())
        .doesNotContain("RES_NOT_FOUND");
  }

  /** The two other languages are offered, each named in itself and marked with its language. */
  private static void assertOtherLanguages(Browser browser, String form, String... links) {
    for (String link : links) {
      WebElement offered = browser.driver().findElement(By.id(form + ":" + link));
      switch (link) {
        case "lang-zh" -> {
          assertThat(offered.getText()).isEqualTo("中文");
          assertThat(offered.getAttribute("lang")).isEqualTo("zh-CN");
        }
        case "lang-ug" -> {
          assertThat(offered.getText()).isEqualTo("ئۇيغۇرچە");
          assertThat(offered.getAttribute("lang")).isEqualTo("ug-CN");
        }
        default -> {
          assertThat(offered.getText()).isEqualTo("English");
          assertThat(offered.getAttribute("lang")).isEqualTo("en");
        }
      }
    }
    assertThat(browser.driver().findElements(By.cssSelector("[id^='" + form + ":lang-']")))
        .hasSize(2);
  }

  private static long left(Browser browser, By target) {
    return browser.driver().findElement(target).getRect().getX();
  }
}
