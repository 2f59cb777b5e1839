package org.alliancecare.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import org.alliancecare.web.ui.UiFixture.Account;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A doctor in Wensu County, in English, registers a child known only by her name in Uyghur script
 * (typed as a Persian keyboard gives it), with a guardian known only in Uyghur script too; the
 * patient page shows the name as right-to-left Uyghur with its ULY form, and the search finds her
 * by ULY typed without diacritics.
 */
class UyghurNamesPageIT {

  @Test
  void a_child_registered_in_uyghur_script_only_is_shown_right_to_left_and_found_in_latin() {
    UiFixture fixture = UiFixture.shared();
    String practitioner = fixture.practitioner("帕尔哈提·阿布力孜", "PEDIATRICS", "WS-H");
    Account doctor = fixture.account("DOCTOR", "Dr Perhat Abliz", practitioner, UiFixture.WENSU);
    LocalDate birthDate =
        UiFixture.birthDateOfAChildOf(5).minusDays(ThreadLocalRandom.current().nextInt(300));

    try (Browser browser = Browser.open(fixture.base(), "uyghur-names", "en")) {
      browser.signIn(doctor.username(), doctor.password());
      browser.visit("/app/care/register.xhtml");
      WebElement nameUg = browser.driver().findElement(By.id("register:nameUg"));
      assertThat(nameUg.getAttribute("dir")).isEqualTo("rtl");
      assertThat(nameUg.getAttribute("lang")).isEqualTo("ug");
      assertThat(browser.driver().findElement(By.id("register:guardianNameUg")).getAttribute("dir"))
          .isEqualTo("rtl");

      // ی (Farsi yeh) and ک (keheh), as a Persian keyboard types ئابدۇكېرىم
      browser.type(By.id("register:nameUg"), "ئابدۇکېریم تۇرسۇن");
      browser.pick(By.cssSelector("input[name='register:sex'][value='MALE']"));
      browser.type(By.id("register:birthDate"), birthDate.toString());
      browser.chooseContaining(By.id("register:place"), "Jiamu");
      browser.type(By.id("register:guardianNameUg"), "تۇرسۇن ئېلى");
      browser.type(By.id("register:guardianRelationship"), "father");
      browser.clickThrough(By.id("register:submit"));

      assertThat(browser.currentPath()).startsWith("/app/records/patient.xhtml?id=");
      String patientId = browser.parameter("id");
      WebElement shown =
          browser
              .driver()
              .findElement(By.cssSelector("#patient-name-ug bdi[lang='ug'][dir='rtl']"));
      assertThat(shown.getText()).isEqualTo("ئابدۇكېرىم تۇرسۇن");
      assertThat(browser.text(By.id("patient-name-ug"))).contains("(abdukérim tursun)");
      assertThat(browser.text(By.id("guardians"))).contains("تۇرسۇن ئېلى");
      browser.screenshot("registered-in-uyghur-script");

      browser.visit("/app/records/patients.xhtml");
      browser.type(By.id("search:q"), "Abdukerim");
      browser.type(By.id("search:birthDate"), birthDate.toString());
      browser.clickInPlace(By.id("search:find"));
      browser.awaitVisible(By.id("search:found"));
      WebElement row =
          browser.driver().findElement(By.cssSelector("#search\\:found tbody tr:first-child"));
      assertThat(row.findElement(By.cssSelector("bdi[lang='ug']")).getText())
          .isEqualTo("ئابدۇكېرىم تۇرسۇن");
      assertThat(row.findElement(By.cssSelector("a")).getAttribute("href")).contains(patientId);
      browser.screenshot("found-by-uly");
    }
  }
}
