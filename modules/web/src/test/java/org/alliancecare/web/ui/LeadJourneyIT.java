package org.alliancecare.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import org.alliancecare.testing.Api;
import org.alliancecare.testing.ApiResponse;
import org.alliancecare.testing.DemoAccounts;
import org.alliancecare.web.ui.UiFixture.Account;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The lead of the Rehabilitation Medicine Alliance, in English: plans a clinic in 佳木镇, staffs it
 * and publishes it; plans a second one that overlaps and tries to staff it with the same doctor,
 * and the page says that the doctor is double-booked; the calendar shows the clinics and offers the
 * iCalendar feed.
 */
class LeadJourneyIT {

  @Test
  void a_lead_plans_and_staffs_a_clinic_and_is_told_of_a_double_booking() {
    UiFixture fixture = UiFixture.shared();
    String leadPractitioner = fixture.practitioner("古丽娜尔·吐尔逊", "REHABILITATION_MEDICINE", "AKS-H1");
    String memberPractitioner = fixture.practitioner("王建华", "REHABILITATION_MEDICINE", "WS-H");
    Account lead = fixture.account("ALLIANCE_LEAD", "Dr Gulnar Tursun", leadPractitioner, "652900");
    Api coordinator = DemoAccounts.signIn(fixture.anonymous, DemoAccounts.COORDINATOR);
    String rehabilitation = fixture.allianceId("REH");
    LocalDate today = UiFixture.today();
    admit(coordinator, rehabilitation, leadPractitioner, "LEAD", today);
    admit(lead.api(), rehabilitation, memberPractitioner, "MEMBER", today);
    LocalDate day = today.plusDays(20 + ThreadLocalRandom.current().nextInt(300));

    try (Browser browser = Browser.open(fixture.base(), "lead", "en")) {
      browser.signIn(lead.username(), lead.password());
      assertThat(browser.text(By.id("who-roles"))).isEqualTo("Alliance lead");
      assertThat(browser.present(By.id("nav-calendar"))).isTrue();
      assertThat(browser.present(By.id("nav-patients"))).isFalse();

      String first =
          planClinic(browser, "Hearing and vision screening, Jiamu Town", day, "09:00", "12:00");
      assertThat(browser.text(By.id("clinic-status"))).isEqualTo("planned");
      assertThat(browser.text(By.id("clinic-when")))
          .isEqualTo(
              day + " 09:00–12:00 (Asia/Shanghai, UTC+08:00, China Standard Time (Beijing))");
      assertThat(browser.text(By.id("clinic-host"))).isEqualTo("Rehabilitation Medicine Alliance");

      browser.chooseValue(By.id("assign:practitioner"), memberPractitioner);
      browser.choose(By.id("assign:role"), "doctor");
      browser.clickThrough(By.id("assign:assign"));
      assertThat(browser.bodyText()).contains("Clinic " + first + " is staffed.");
      assertThat(browser.text(By.id("staff:staffTable"))).contains("王建华", "doctor");
      browser.screenshot("staffed");

      browser.clickThrough(By.id("lifecycle:publish"));
      assertThat(browser.bodyText()).contains("Clinic " + first + " is published.");
      assertThat(browser.text(By.id("clinic-status"))).isEqualTo("published");

      String second =
          planClinic(browser, "Rehabilitation assessment, Jiamu Town", day, "10:30", "13:00");
      browser.chooseValue(By.id("assign:practitioner"), memberPractitioner);
      browser.clickThrough(By.id("assign:assign"));
      assertThat(browser.bodyText())
          .contains(
              "This practitioner already staffs another clinic at an overlapping time ("
                  + first
                  + "). Choose someone else or change the times.");
      assertThat(browser.present(By.id("staff:staffTable"))).isFalse();
      browser.screenshot("double-booked");

      browser.visit("/app/lead/calendar.xhtml?on=" + day);
      browser.awaitText(By.id("calendar:schedule"), second);
      assertThat(browser.text(By.id("calendar:schedule"))).contains(first, second);
      assertThat(browser.text(By.id("feed-url")))
          .endsWith("/api/clinics/calendar.ics?allianceId=" + rehabilitation);
      assertThat(browser.driver().findElement(By.id("feed-download")).getAttribute("href"))
          .endsWith("/app/calendar.ics?allianceId=" + rehabilitation);
      browser.screenshot("calendar");

      ApiResponse clinics =
          lead.api()
              .get("/api/clinics?from=" + day + "&to=" + day + "&allianceId=" + rehabilitation);
      assertThat(clinics.body()).contains(first, second, memberPractitioner);
      assertThat(browser.reportTimings()).isLessThan(1000);
    }
  }

  /** Plans a clinic of the alliance on the form and answers its number from the clinic's page. */
  private static String planClinic(
      Browser browser, String title, LocalDate day, String from, String until) {
    browser.visit("/app/lead/clinic-edit.xhtml");
    browser.type(By.id("clinic:title"), title);
    browser.choose(By.id("clinic:host"), "Rehabilitation Medicine Alliance");
    browser.chooseContaining(By.id("clinic:place"), "Jiamu");
    browser.type(By.id("clinic:venue"), "Jiamu Town health centre");
    browser.type(By.id("clinic:date"), day.toString());
    browser.type(By.id("clinic:start"), from);
    browser.type(By.id("clinic:end"), until);
    browser.clickThrough(By.id("clinic:save"));
    assertThat(browser.currentPath()).startsWith("/app/clinic.xhtml?id=");
    String number = browser.text(By.id("clinic-number"));
    assertThat(browser.bodyText()).contains("Clinic " + number + " is planned.");
    return number;
  }

  private static void admit(
      Api as, String alliance, String practitionerId, String role, LocalDate since) {
    ApiResponse admitted =
        as.post(
            "/api/alliances/" + alliance + "/members",
            """
            {"practitionerId": "%s", "role": "%s", "since": "%s"}
            """
                .formatted(practitionerId, role, since));
    assertThat(admitted.status()).as(admitted.toString()).isEqualTo(201);
  }
}
