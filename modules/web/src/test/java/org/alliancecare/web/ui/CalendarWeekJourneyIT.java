package org.alliancecare.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.alliancecare.testing.Api;
import org.alliancecare.testing.ApiResponse;
import org.alliancecare.testing.DemoAccounts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

/**
 * The clinic calendar, in English (issue 13, item 12): the week view shows a clinic's hours on the
 * 24-hour clock ("14:00 - 16:00", not "2:00 - 4:00"), and choosing another alliance and back
 * reloads the clinics without a script error in the browser's console.
 */
class CalendarWeekJourneyIT {

  @Test
  void the_week_view_uses_the_24_hour_clock_and_changing_the_alliance_raises_no_script_error() {
    UiFixture fixture = UiFixture.shared();
    Api coordinator = DemoAccounts.signIn(fixture.anonymous, DemoAccounts.COORDINATOR);
    String pediatrics = fixture.allianceId("PED");
    LocalDate day = UiFixture.today().plusDays(30 + ThreadLocalRandom.current().nextInt(300));
    ApiResponse planned =
        coordinator.post(
            "/api/clinics",
            """
            {"title": "Afternoon vision screening", "hostAllianceId": "%s", "joiningAllianceIds": [],
             "placeCode": "652922-T01", "venue": "佳木镇卫生院", "date": "%s",
             "startTime": "14:00", "endTime": "16:00", "services": ["CONSULTATION"],
             "capacity": 5}"""
                .formatted(pediatrics, day));
    assertThat(planned.status()).as(planned.toString()).isEqualTo(201);

    try (Browser browser = Browser.open(fixture.base(), "calendar-week", "en")) {
      browser.signIn(DemoAccounts.COORDINATOR, DemoAccounts.password(DemoAccounts.COORDINATOR));
      browser.visit("/app/lead/calendar.xhtml?on=" + day + "&alliance=" + pediatrics);
      browser.awaitText(By.id("calendar:schedule"), "Afternoon vision screening");
      ((JavascriptExecutor) browser.driver())
          .executeScript(
              "window.acErrors = [];"
                  + " window.addEventListener('error', e => window.acErrors.push(e.message));"
                  + " const original = console.error;"
                  + " console.error = function() {"
                  + "   window.acErrors.push(Array.from(arguments).join(' '));"
                  + "   original.apply(console, arguments); };");

      browser.driver().findElement(By.cssSelector(".fc-timeGridWeek-button")).click();
      browser.awaitText(By.id("calendar:schedule"), "Afternoon vision screening");
      assertThat(browser.text(By.cssSelector("#calendar\\:schedule .fc-event")))
          .contains("14:00 - 16:00");
      assertThat(browser.texts(By.cssSelector("#calendar\\:schedule .fc-timegrid-slot-label")))
          .contains("14:00")
          .noneMatch(label -> label.matches("(?i).*[ap]m.*"));
      browser.screenshot("week");

      Select alliance = new Select(browser.driver().findElement(By.id("calendar:alliance")));
      String other =
          alliance.getOptions().stream()
              .map(o -> o.getAttribute("value"))
              .filter(v -> !v.equals(pediatrics))
              .findFirst()
              .orElseThrow();
      alliance.selectByValue(other);
      browser.awaitAjax();
      new Select(browser.driver().findElement(By.id("calendar:alliance")))
          .selectByValue(pediatrics);
      browser.awaitAjax();
      browser.awaitText(By.id("calendar:schedule"), "Afternoon vision screening");
      assertThat(browser.text(By.cssSelector("#calendar\\:schedule .fc-event")))
          .contains("14:00 - 16:00");
      assertThat(errors(browser)).isEmpty();
    }
  }

  @SuppressWarnings("unchecked")
  private static List<Object> errors(Browser browser) {
    Object found =
        ((JavascriptExecutor) browser.driver()).executeScript("return window.acErrors || [];");
    return (List<Object>) found;
  }
}
