package org.alliancecare.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import org.alliancecare.testing.ApiResponse;
import org.alliancecare.testing.IdentityNumbers;
import org.alliancecare.web.ui.UiFixture.Account;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A doctor in Wensu County, in English: signs in, registers a child whom the system suspects is
 * registered already and says it is another child, records a pure-tone hearing screening that
 * refers, sees grade and reasons at once, and starts the referral; afterwards the child, the
 * screening and the referral are there through the API.
 */
class DoctorJourneyIT {

  @Test
  void a_doctor_registers_a_child_despite_a_probable_duplicate_screens_and_refers() {
    UiFixture fixture = UiFixture.shared();
    String practitioner = fixture.practitioner("努尔艾合买提·艾买尔", "PEDIATRICS", "WS-H");
    Account doctor = fixture.account("DOCTOR", "Dr Nurahmat Emer", practitioner, UiFixture.WENSU);
    String name = "阿依努尔·艾力";
    LocalDate birthDate = UiFixture.birthDateOfAChildOf(6);
    String phone = "1399" + (1000000 + ThreadLocalRandom.current().nextInt(8999999));
    String earlier =
        UiFixture.registerChild(
            doctor.api(), name, "FEMALE", birthDate, UiFixture.JIAMU_TOWN, phone);
    String identityNumber = IdentityNumbers.random(UiFixture.WENSU, birthDate, true);

    try (Browser browser = Browser.open(fixture.base(), "doctor", "en")) {
      browser.neverShow(identityNumber);
      browser.signIn(doctor.username(), doctor.password());
      assertThat(browser.text(By.id("who"))).isEqualTo("Dr Nurahmat Emer");
      assertThat(browser.text(By.id("who-roles"))).isEqualTo("Doctor");
      assertThat(browser.text(By.id("who-jurisdiction"))).contains("Wensu County");
      assertThat(browser.present(By.id("nav-today"))).isTrue();
      assertThat(browser.present(By.id("nav-calendar"))).isFalse();
      assertThat(browser.present(By.id("nav-journal"))).isFalse();
      browser.screenshot("home");

      browser.visit("/app/care/register.xhtml");
      // the middle dot typed as a bullet, as a phone keyboard offers it
      browser.type(By.id("register:name"), name.replace('·', '•'));
      browser.pick(By.cssSelector("input[name='register:sex'][value='FEMALE']"));
      browser.type(By.id("register:birthDate"), birthDate.toString());
      browser.type(By.id("register:nationalId"), identityNumber);
      browser.chooseContaining(By.id("register:place"), "Jiamu");
      browser.type(By.id("register:guardianName"), "阿依古丽·买买提");
      browser.type(By.id("register:guardianRelationship"), "mother");
      browser.type(By.id("register:guardianPhone"), "1388" + phone.substring(4));
      browser.clickThrough(By.id("register:submit"));

      assertThat(browser.bodyText()).contains("This child may already be registered");
      assertThat(browser.texts(By.cssSelector("#register\\:candidates tbody tr")))
          .singleElement()
          .satisfies(
              row ->
                  assertThat(row)
                      .contains(name, birthDate.toString(), "Jiamu", "same name and birth date"));
      assertThat(browser.bodyText()).contains("An identity number has been entered");
      browser.screenshot("duplicate-warning");

      browser.clickThrough(By.id("register:registerAnyway"));
      assertThat(browser.currentPath()).startsWith("/app/records/patient.xhtml?id=");
      String patientId = browser.parameter("id");
      assertThat(patientId).isNotEqualTo(earlier);
      assertThat(browser.bodyText()).contains("The child is registered.");
      assertThat(browser.text(By.id("patient-name"))).isEqualTo(name);
      assertThat(browser.text(By.id("patient-national-id")))
          .isEqualTo(identityNumber.substring(0, 6) + "********" + identityNumber.substring(14));
      browser.screenshot("registered");

      browser.clickThrough(By.id("screen"));
      assertThat(browser.bodyText()).contains("no guardian's consent to screening");
      browser.pickInPlace(By.cssSelector("input[name='screen:kind'][value='HEARING']"));
      browser.awaitVisible(By.id("screen:r500"));
      assertThat(
              browser
                  .driver()
                  .findElement(By.cssSelector("input[name='screen:method'][value='PURE_TONE']"))
                  .isSelected())
          .as("pure-tone audiometry is the default for a six-year-old")
          .isTrue();
      browser.type(By.id("screen:consentGuardian"), "阿依古丽·买买提");
      browser.type(By.id("screen:consentRelationship"), "mother");
      browser.type(By.id("screen:r500"), "40");
      browser.type(By.id("screen:r1000"), "45");
      browser.type(By.id("screen:r2000"), "50");
      browser.type(By.id("screen:r4000"), "55");
      browser.type(By.id("screen:l500"), "30");
      browser.type(By.id("screen:l1000"), "35");
      browser.type(By.id("screen:l2000"), "40");
      browser.type(By.id("screen:l4000"), "45");
      browser.screenshot("screening-form");
      browser.submitWithEnter(By.id("screen:l4000"));

      assertThat(browser.text(By.id("result-value"))).isEqualTo("REFER");
      assertThat(browser.text(By.id("pta4-right"))).isEqualTo("47.5 dB HL");
      assertThat(browser.text(By.id("pta4-left"))).isEqualTo("37.5 dB HL");
      assertThat(browser.text(By.id("who-grade"))).isEqualTo("moderate hearing loss");
      assertThat(browser.text(By.id("gb-hearing-grade"))).isEqualTo("no disability grade");
      assertThat(browser.texts(By.cssSelector("#reasons li")))
          .hasSize(2)
          .allSatisfy(
              reason -> assertThat(reason).contains("four-frequency average at or above 20 dB HL"));
      browser.screenshot("refer-result");

      browser.clickThrough(By.id("next:refer"));
      assertThat(browser.currentPath()).startsWith("/app/care/referral-new.xhtml?screening=");
      String screeningId = browser.parameter("screening");
      browser.choose(By.id("referral:to"), "Aksu Prefecture First People's Hospital");
      assertThat(browser.driver().findElement(By.id("referral:specialty")).getAttribute("value"))
          .isEqualTo("AUDIOLOGY");
      browser.screenshot("referral-form");
      browser.clickThrough(By.id("referral:submit"));

      assertThat(browser.currentPath()).startsWith("/app/records/referral.xhtml?id=");
      String referralId = browser.parameter("id");
      String number = browser.text(By.id("referral-number"));
      assertThat(browser.bodyText()).contains("Referral " + number + " is requested.");
      assertThat(browser.text(By.id("referral-status"))).isEqualTo("requested");
      assertThat(browser.text(By.id("referral-to")))
          .isEqualTo("Aksu Prefecture First People's Hospital");
      browser.screenshot("referral");

      // the next screening of the same child starts from the kind done last; vision by chart
      browser.visit("/app/doctor/screening.xhtml?patient=" + patientId);
      assertThat(
              browser
                  .driver()
                  .findElement(By.cssSelector("input[name='screen:kind'][value='HEARING']"))
                  .isSelected())
          .isTrue();
      browser.pickInPlace(By.cssSelector("input[name='screen:kind'][value='VISION']"));
      browser.awaitVisible(By.id("screen:rightUncorrected"));
      assertThat(browser.driver().findElement(By.id("screen:notation")).getAttribute("value"))
          .isEqualTo("FIVE_POINT");
      browser.type(By.id("screen:rightUncorrected"), "4.9");
      browser.type(By.id("screen:leftUncorrected"), "5.0");
      browser.submitWithEnter(By.id("screen:leftUncorrected"));
      assertThat(browser.text(By.id("result-value"))).isEqualTo("PASS");
      assertThat(browser.text(By.id("icd11"))).isEqualTo("no impairment");
      assertThat(browser.present(By.id("next:refer"))).isFalse();
      browser.screenshot("vision-pass");

      ApiResponse patient = doctor.api().get("/api/patients/" + patientId);
      assertThat(patient.status()).isEqualTo(200);
      assertThat(patient.json().getString("name")).isEqualTo(name);
      assertThat(patient.json().getString("nationalId"))
          .isEqualTo(identityNumber.substring(0, 6) + "********" + identityNumber.substring(14));
      ApiResponse consents = doctor.api().get("/api/patients/" + patientId + "/consents");
      assertThat(consents.body()).contains("SCREENING", "阿依古丽·买买提");
      JsonObject screening = doctor.api().get("/api/screenings/" + screeningId).json();
      assertThat(screening.getString("patientId")).isEqualTo(patientId);
      assertThat(screening.getString("result")).isEqualTo("REFER");
      assertThat(screening.getJsonObject("classification").getJsonNumber("pta4Right").doubleValue())
          .isEqualTo(47.5);
      assertThat(screening.getJsonObject("classification").getString("whoHearingGrade"))
          .isEqualTo("MODERATE");
      JsonObject referral = doctor.api().get("/api/referrals/" + referralId).json();
      assertThat(referral.getString("referralNumber")).isEqualTo(number);
      assertThat(referral.getString("status")).isEqualTo("REQUESTED");
      assertThat(referral.getString("patientId")).isEqualTo(patientId);
      assertThat(referral.getJsonObject("source").getString("kind")).isEqualTo("SCREENING");
      assertThat(referral.getJsonObject("source").getString("id")).isEqualTo(screeningId);
      assertThat(referral.getString("toOrganisationId"))
          .isEqualTo(fixture.organisationId("AKS-H1"));

      assertThat(doctor.api().get("/api/patients/" + patientId + "/screenings").body())
          .contains("\"kind\":\"VISION\"", "\"result\":\"PASS\"");
      assertThat(browser.reportTimings()).isLessThan(1000);
    }
  }
}
