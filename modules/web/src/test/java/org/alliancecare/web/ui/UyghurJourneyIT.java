package org.alliancecare.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.alliancecare.testing.DemoAccounts;
import org.alliancecare.web.ui.UiFixture.Account;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The journey in Uyghur (issue 16), on a browser that asks for Uyghur: a doctor registers a
 * child by her name in Uyghur script alone, records a pure-tone screening that refers, prints the
 * family's result slip, starts the referral and prints its letter; then an auditor reads the
 * child's history. Every page is right to left, the sentences are the bundle's Uyghur, the child is
 * shown by her Uyghur name (with its ULY form), and the printed PDFs carry what the family needs.
 * Screenshots of each page are kept under {@code target/screenshots/ug-journey-*}.
 */
class UyghurJourneyIT {

  private static final String NAME_UG = "مىھرىگۈل تۇرسۇن";
  private static final String NAME_ULY = "mihrigül tursun";

  @Test
  void a_doctor_in_uyghur_registers_screens_refers_and_prints_and_an_auditor_reads_the_history()
      throws Exception {
    UiFixture fixture = UiFixture.shared();
    Account doctor =
        fixture.account(
            "DOCTOR",
            "Dr Mihray",
            fixture.practitioner("米热依·阿不都拉", "PEDIATRICS", "WS-H"),
            UiFixture.WENSU);
    LocalDate birthDate = UiFixture.birthDateOfAChildOf(7);
    String phone = "1366" + (1000000 + ThreadLocalRandom.current().nextInt(8999999));
    String patientId;
    String referralNumber;

    try (Browser browser = Browser.open(fixture.base(), "ug-journey-doctor", "ug-CN")) {
      browser.signIn(doctor.username(), doctor.password());
      assertRightToLeft(browser);
      browser.screenshot("home");

      browser.visit("/app/care/register.xhtml");
      assertRightToLeft(browser);
      browser.type(By.id("register:nameUg"), NAME_UG);
      browser.pick(By.cssSelector("input[name='register:sex'][value='FEMALE']"));
      browser.type(By.id("register:birthDate"), birthDate.toString());
      browser.chooseContaining(By.id("register:place"), "佳木");
      browser.type(By.id("register:guardianNameUg"), "تۇرسۇن ئابلىز");
      browser.type(By.id("register:guardianRelationship"), "ئاتىسى");
      browser.type(By.id("register:guardianPhone"), phone);
      browser.screenshot("register");
      browser.clickThrough(By.id("register:submit"));
      if (browser.present(By.id("register:registerAnyway"))) {
        // another journey may have registered a child of the same name on the same day
        browser.clickThrough(By.id("register:registerAnyway"));
      }
      assertThat(browser.currentPath()).startsWith("/app/records/patient.xhtml?id=");
      patientId = browser.parameter("id");
      assertThat(browser.bodyText()).contains(NAME_UG, NAME_ULY);
      browser.screenshot("patient");

      browser.clickThrough(By.id("screen"));
      browser.pickInPlace(By.cssSelector("input[name='screen:kind'][value='HEARING']"));
      browser.awaitVisible(By.id("screen:r500"));
      browser.type(By.id("screen:consentGuardian"), "تۇرسۇن ئابلىز");
      browser.type(By.id("screen:consentRelationship"), "ئاتىسى");
      for (String threshold : List.of("r500", "r1000", "r2000", "r4000")) {
        browser.type(By.id("screen:" + threshold), "45");
      }
      for (String threshold : List.of("l500", "l1000", "l2000", "l4000")) {
        browser.type(By.id("screen:" + threshold), "30");
      }
      browser.screenshot("screening-form");
      browser.submitWithEnter(By.id("screen:l4000"));
      assertRightToLeft(browser);
      assertThat(browser.text(By.id("result-value"))).isEqualTo("يوللاش كېرەك");
      browser.screenshot("refer-result");

      String slip = text(pdf(browser, By.id("slip-pdf")));
      assertThat(slip).contains(birthDate.toString()).contains("转诊");

      browser.clickThrough(By.id("next:refer"));
      browser.chooseContaining(By.id("referral:to"), "阿克苏地区第一人民医院");
      browser.screenshot("referral-form");
      browser.clickThrough(By.id("referral:submit"));
      assertThat(browser.currentPath()).startsWith("/app/records/referral.xhtml?id=");
      assertRightToLeft(browser);
      referralNumber = browser.text(By.id("referral-number"));
      assertThat(referralNumber).matches("[A-Z]+-\\d{4}-\\d+");
      browser.screenshot("referral");

      String letter = text(pdf(browser, By.id("letter-pdf")));
      assertThat(letter).contains(referralNumber, birthDate.toString(), "阿克苏地区第一人民医院");
    }

    JsonObject patient = doctor.api().get("/api/patients/" + patientId).json();
    assertThat(patient.getString("nameUg")).isEqualTo(NAME_UG);
    assertThat(patient.getString("nameUgLatin")).isEqualTo(NAME_ULY);
    assertThat(patient.isNull("name")).isTrue();

    try (Browser browser = Browser.open(fixture.base(), "ug-journey-auditor", "ug-CN")) {
      browser.signIn(DemoAccounts.AUDITOR_WENSU, DemoAccounts.password(DemoAccounts.AUDITOR_WENSU));
      browser.visit("/app/audit/history.xhtml?patient=" + patientId);
      assertRightToLeft(browser);
      assertThat(browser.text(By.id("subject-name"))).contains(NAME_UG);
      List<String> entries = browser.texts(By.cssSelector("#timeline tbody tr"));
      assertThat(entries)
          .anySatisfy(e -> assertThat(e).contains("بالىنى تىزىملىدى", doctor.username()))
          .anySatisfy(e -> assertThat(e).contains("يوللاش كېرەك"))
          .anySatisfy(e -> assertThat(e).contains(referralNumber));
      browser.screenshot("history");
    }
  }

  private static void assertRightToLeft(Browser browser) {
    var html = browser.driver().findElement(By.tagName("html"));
    assertThat(html.getAttribute("dir")).isEqualTo("rtl");
    assertThat(html.getAttribute("lang")).isEqualTo("ug-CN");
  }

  /** The document behind a print link, fetched with the browser's session as the browser would. */
  private static byte[] pdf(Browser browser, By link) throws IOException, InterruptedException {
    String href = browser.driver().findElement(link).getAttribute("href");
    String cookies =
        browser.driver().manage().getCookies().stream()
            .map(cookie -> cookie.getName() + "=" + cookie.getValue())
            .collect(Collectors.joining("; "));
    HttpResponse<byte[]> answer =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(href)).header("Cookie", cookies).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertThat(answer.statusCode()).as(href).isEqualTo(200);
    assertThat(answer.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/pdf"));
    return answer.body();
  }

  private static String text(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }
}
