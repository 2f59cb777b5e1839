package org.alliancecare.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import org.alliancecare.web.ui.UiFixture.Account;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Issue 20: a doctor in Wensu County, in Uyghur on a phone, sees on a child's page how the family
 * wants reminders (Chinese by default for a child known by her Chinese name), records that they
 * want them in Uyghur and none for now, and sees it kept (and so does the API).
 */
class FamilyRemindersPageIT {

  @Test
  void a_doctor_records_the_familys_language_and_opt_out_on_the_childs_page_on_a_phone() {
    UiFixture fixture = UiFixture.shared();
    String practitioner = fixture.practitioner("阿依夏·吐尔逊", "PEDIATRICS", "WS-H");
    Account doctor = fixture.account("DOCTOR", "Dr Ayxa Tursun", practitioner, UiFixture.WENSU);
    LocalDate birthDate =
        UiFixture.birthDateOfAChildOf(4).minusDays(ThreadLocalRandom.current().nextInt(300));
    String child =
        UiFixture.registerChild(
            doctor.api(),
            "热依拉·艾力",
            "FEMALE",
            birthDate,
            "652922-V01",
            "1399" + (1000000 + ThreadLocalRandom.current().nextInt(8999999)));

    try (Browser browser = Browser.open(fixture.base(), "family-reminders", "ug")) {
      browser.emulateWidth(360, 740);
      browser.signIn(doctor.username(), doctor.password());
      browser.visit("/app/records/patient.xhtml?id=" + child);

      assertThat(browser.text(By.id("reminders-opted")))
          .isEqualTo("ئائىلە ئەسكەرتىش تاپشۇرۇۋالىدۇ");
      assertThat(browser.text(By.id("reminders-language")))
          .startsWith("خەنزۇچە")
          .contains("ئائىلىدىن تېخى سورالمىدى");
      assertThat(fitsTheScreen(browser)).as("no sideways scrolling at 360 px").isTrue();
      browser.screenshot("reminders-default");

      browser.chooseValue(By.id("reminder:language"), "ug-CN");
      browser.pick(By.id("reminder:optedOut"));
      browser.clickThrough(By.id("reminder:save"));

      assertThat(browser.bodyText()).contains("ئائىلىنىڭ ئەسكەرتىش تەڭشىكى ساقلاندى.");
      assertThat(browser.text(By.id("reminders-opted")))
          .isEqualTo("ئائىلە ئەسكەرتىش ئەۋەتمەسلىكنى تەلەپ قىلدى");
      assertThat(browser.text(By.id("reminders-language"))).isEqualTo("ئۇيغۇرچە");
      assertThat(fitsTheScreen(browser)).isTrue();
      browser.screenshot("reminders-recorded");
    }

    JsonObject kept = doctor.api().get("/api/patients/" + child + "/reminders").json();
    assertThat(kept.getBoolean("optedOut")).isTrue();
    assertThat(kept.getString("language")).isEqualTo("ug-CN");
    assertThat(kept.getInt("version")).isEqualTo(1);
  }

  private static boolean fitsTheScreen(Browser browser) {
    Object fits =
        ((JavascriptExecutor) browser.driver())
            .executeScript(
                "return document.documentElement.scrollWidth"
                    + " <= document.documentElement.clientWidth;");
    return Boolean.TRUE.equals(fits);
  }
}
