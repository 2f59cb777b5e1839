package org.alliancecare.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.alliancecare.testing.Api;
import org.alliancecare.testing.ApiResponse;
import org.alliancecare.testing.DemoAccounts;
import org.alliancecare.web.ui.UiFixture.Account;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The outreach journey of the two roles that manage clinics — an alliance's lead and the program
 * coordinator — each in Chinese and in English: from the clinic calendar, plan a clinic in a
 * township for today (the place list offers townships and villages only; a day that has passed is
 * refused with the rule's sentence), staff it with a member, publish it, open it from the calendar,
 * start it; the staffing doctor chooses "work here" on the day's page, the screening form and the
 * child's page then know the clinic, and the child is recorded as a walk-in; the manager sees who
 * attended and completes the clinic; a second clinic is cancelled after the confirmation.
 */
class OutreachJourneyIT {

  /** What the pages say in one language. */
  private record Words(
      String planned,
      String staffed,
      String published,
      String started,
      String completed,
      String cancelled,
      List<String> statuses,
      String dateInPast,
      String township,
      String doctorRole,
      String workingHere,
      String walkInRecorded,
      String calendarTitlePart) {

    static Words of(String language, LocalDate today) {
      return language.startsWith("zh")
          ? new Words(
              "义诊 %s 已安排。",
              "义诊 %s 已安排人员。",
              "义诊 %s 已发布。",
              "义诊 %s 已开始。",
              "义诊 %s 已结束。",
              "义诊 %s 已取消。",
              List.of("已计划", "已发布", "进行中", "已结束", "已取消"),
              "义诊日期不能早于今天（" + today + "）",
              "佳木镇",
              "医生",
              "正在此工作 ✓",
              "已登记在义诊 %s 就诊。",
              today.getYear() + "年" + today.getMonthValue() + "月")
          : new Words(
              "Clinic %s is planned.",
              "Clinic %s is staffed.",
              "Clinic %s is published.",
              "Clinic %s has started.",
              "Clinic %s is completed.",
              "Clinic %s is cancelled.",
              List.of("planned", "published", "in progress", "completed", "cancelled"),
              "A clinic cannot be planned for or moved to a day before today (" + today + ")",
              "Jiamu Town",
              "doctor",
              "Working here ✓",
              "Recorded as seen at clinic %s.",
              today.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH));
    }
  }

  @ParameterizedTest(name = "{0} in {1}")
  @CsvSource({"lead, zh-CN", "lead, en", "coordinator, zh-CN", "coordinator, en"})
  void a_clinic_is_planned_staffed_published_started_attended_and_completed_in_the_ui(
      String role, String language) {
    UiFixture fixture = UiFixture.shared();
    LocalDate today = UiFixture.today();
    Words words = Words.of(language, today);
    Api coordinatorApi = DemoAccounts.signIn(fixture.anonymous, DemoAccounts.COORDINATOR);

    // an alliance of its own, with a lead and a member doctor of Wensu County from today
    String code =
        "UIO"
            + UUID.randomUUID()
                .toString()
                .replace("-", "")
                .substring(0, 8)
                .toUpperCase(Locale.ROOT);
    ApiResponse founded =
        coordinatorApi.post(
            "/api/alliances",
            """
            {"code": "%s", "nameZh": "界面测试义诊联盟 %s", "nameEn": "UI outreach alliance %s",
             "specialty": "PEDIATRICS"}"""
                .formatted(code, code, code));
    assertThat(founded.status()).as(founded.toString()).isEqualTo(201);
    String alliance = founded.json().getString("id");
    String leadPractitioner = fixture.practitioner("古丽巴哈尔·艾力", "PEDIATRICS", "AKS-H1");
    String doctorPractitioner = fixture.practitioner("买买提·吐尔逊", "PEDIATRICS", "WS-H");
    admit(coordinatorApi, alliance, leadPractitioner, "LEAD", today);
    admit(coordinatorApi, alliance, doctorPractitioner, "MEMBER", today);
    Account doctor =
        fixture.account("DOCTOR", "Dr Memet Tursun", doctorPractitioner, UiFixture.WENSU);
    String child =
        UiFixture.registerChild(
            doctor.api(),
            "阿卜杜拉·买买提",
            "MALE",
            UiFixture.birthDateOfAChildOf(6),
            UiFixture.JIAMU_TOWN,
            "1399" + (1000000 + ThreadLocalRandom.current().nextInt(8999999)));

    String username;
    String password;
    if (role.equals("lead")) {
      Account lead =
          fixture.account("ALLIANCE_LEAD", "Dr Gulbahar Eli", leadPractitioner, "652900");
      username = lead.username();
      password = lead.password();
    } else {
      username = DemoAccounts.COORDINATOR;
      password = DemoAccounts.password(DemoAccounts.COORDINATOR);
    }
    String journey = "outreach-" + role + "-" + language;

    String number;
    String clinicId;
    try (Browser browser = Browser.open(fixture.base(), journey, language)) {
      browser.signIn(username, password);

      // the calendar, in the page's language (zh-CN was a 500: "Invalid locale format")
      browser.visit("/app/lead/calendar.xhtml?alliance=" + alliance + "&on=" + today);
      assertThat(browser.present(By.id("calendar:schedule"))).as(browser.bodyText()).isTrue();
      browser.awaitVisible(By.cssSelector("#calendar\\:schedule .fc-toolbar-title"));
      assertThat(browser.text(By.cssSelector("#calendar\\:schedule .fc-toolbar-title")))
          .contains(words.calendarTitlePart());
      browser.screenshot("calendar");

      browser.clickThrough(By.id("calendar:new"));
      assertThat(browser.currentPath()).startsWith("/app/lead/clinic-edit.xhtml");
      List<String> places =
          new Select(browser.driver().findElement(By.id("clinic:place")))
              .getOptions().stream()
                  .map(o -> o.getAttribute("value"))
                  .filter(v -> !v.isEmpty())
                  .toList();
      assertThat(places)
          .as("townships and villages (codes 'county-…'), no county (six digits)")
          .isNotEmpty()
          .allSatisfy(p -> assertThat(p).matches("\\d{6}-.+"))
          .contains(UiFixture.JIAMU_TOWN);

      fillClinic(browser, alliance, "儿童视力听力筛查义诊 " + code, today.minusDays(1));
      browser.clickThrough(By.id("clinic:save"));
      assertThat(browser.currentPath()).startsWith("/app/lead/clinic-edit.xhtml");
      assertThat(browser.bodyText()).contains(words.dateInPast());
      browser.screenshot("past-date-refused");

      browser.type(By.id("clinic:date"), today.toString());
      browser.clickThrough(By.id("clinic:save"));
      assertThat(browser.currentPath()).as(browser.bodyText()).startsWith("/app/clinic.xhtml?id=");
      clinicId = browser.parameter("id");
      number = browser.text(By.id("clinic-number"));
      assertThat(browser.bodyText()).contains(words.planned().formatted(number));
      assertThat(browser.text(By.id("clinic-status"))).isEqualTo(words.statuses().get(0));

      browser.chooseValue(By.id("assign:practitioner"), doctorPractitioner);
      browser.chooseValue(By.id("assign:role"), "DOCTOR");
      browser.clickThrough(By.id("assign:assign"));
      assertThat(browser.bodyText()).contains(words.staffed().formatted(number));
      assertThat(browser.text(By.id("staff:staffTable"))).contains("买买提·吐尔逊", words.doctorRole());

      browser.clickThrough(By.id("lifecycle:publish"));
      assertThat(browser.bodyText()).contains(words.published().formatted(number));
      assertThat(browser.text(By.id("clinic-status"))).isEqualTo(words.statuses().get(1));

      // the clinic opens from its event in the calendar (a coordinator got 403 here)
      browser.visit("/app/lead/calendar.xhtml?alliance=" + alliance + "&on=" + today);
      By event =
          By.xpath(
              "//*[@id='calendar:schedule']//a[contains(@class,'fc-event')][contains(., '"
                  + number
                  + "')]");
      browser.awaitVisible(event);
      browser.clickThrough(event);
      assertThat(browser.currentPath()).isEqualTo("/app/clinic.xhtml?id=" + clinicId);
      assertThat(browser.text(By.id("clinic-number"))).isEqualTo(number);

      browser.clickThrough(By.id("lifecycle:start"));
      assertThat(browser.bodyText()).contains(words.started().formatted(number));
      assertThat(browser.text(By.id("clinic-status"))).isEqualTo(words.statuses().get(2));
      browser.screenshot("started");
    }

    // the staffing doctor works at the clinic and records the child as a walk-in
    try (Browser browser = Browser.open(fixture.base(), journey + "-doctor", language)) {
      browser.signIn(doctor.username(), doctor.password());
      browser.visit("/app/doctor/today.xhtml");
      By workHere =
          By.xpath(
              "//table[@id='today:mine']//tr[contains(., '"
                  + number
                  + "')]//input[@type='submit']");
      browser.clickThrough(workHere);
      assertThat(browser.currentPath()).startsWith("/app/records/patients.xhtml");

      browser.visit("/app/doctor/today.xhtml");
      assertThat(browser.driver().findElement(workHere).getAttribute("value"))
          .isEqualTo(words.workingHere());

      browser.visit("/app/doctor/screening.xhtml?patient=" + child);
      assertThat(
              new Select(browser.driver().findElement(By.id("screen:clinic")))
                  .getFirstSelectedOption()
                  .getAttribute("value"))
          .as("the screening form defaults to the clinic the doctor works at")
          .isEqualTo(clinicId);

      browser.visit("/app/records/patient.xhtml?id=" + child);
      WebElement walkIn = browser.driver().findElement(By.id("walkin:record"));
      assertThat(walkIn.getAttribute("value")).contains(number);
      browser.clickThrough(By.id("walkin:record"));
      assertThat(browser.bodyText()).contains(words.walkInRecorded().formatted(number));
      browser.screenshot("walk-in");
    }

    try (Browser browser = Browser.open(fixture.base(), journey + "-closing", language)) {
      browser.signIn(username, password);
      browser.visit("/app/clinic.xhtml?id=" + clinicId);
      // who attended is shown to the lead; a coordinator manages the clinic without being told
      // which children came (API.md: staff, leads and auditors read attendances)
      assertThat(browser.texts(By.cssSelector("#attendance tbody tr")))
          .as("who attended")
          .hasSize(role.equals("lead") ? 1 : 0);
      browser.type(By.id("lifecycle:summary"), "1 child seen");
      browser.clickThrough(By.id("lifecycle:complete"));
      assertThat(browser.bodyText()).contains(words.completed().formatted(number));
      assertThat(browser.text(By.id("clinic-status"))).isEqualTo(words.statuses().get(3));
      browser.screenshot("completed");

      // a second clinic, cancelled after the confirmation
      browser.visit("/app/lead/clinic-edit.xhtml");
      fillClinic(browser, alliance, "康复评估义诊 " + code, today.plusDays(3));
      browser.clickThrough(By.id("clinic:save"));
      assertThat(browser.currentPath()).as(browser.bodyText()).startsWith("/app/clinic.xhtml?id=");
      String second = browser.text(By.id("clinic-number"));
      browser.type(By.id("lifecycle:reason"), "sandstorm");
      browser.clickInPlace(By.id("lifecycle:cancel"));
      browser.awaitVisible(By.cssSelector(".ui-confirmdialog-yes"));
      browser.clickThrough(By.cssSelector(".ui-confirmdialog-yes"));
      assertThat(browser.bodyText()).contains(words.cancelled().formatted(second));
      assertThat(browser.text(By.id("clinic-status"))).isEqualTo(words.statuses().get(4));
      browser.screenshot("cancelled");
    }

    ApiResponse clinic = coordinatorApi.get("/api/clinics/" + clinicId);
    assertThat(clinic.json().getString("status")).isEqualTo("COMPLETED");
    assertThat(clinic.json().getString("placeCode")).isEqualTo(UiFixture.JIAMU_TOWN);
    assertThat(clinic.json().getString("date")).isEqualTo(today.toString());
  }

  private static void fillClinic(Browser browser, String alliance, String title, LocalDate day) {
    browser.type(By.id("clinic:title"), title);
    browser.chooseValue(By.id("clinic:host"), alliance);
    browser.chooseValue(By.id("clinic:place"), UiFixture.JIAMU_TOWN);
    browser.type(By.id("clinic:venue"), "佳木镇卫生院");
    browser.type(By.id("clinic:date"), day.toString());
    browser.type(By.id("clinic:start"), "08:00");
    browser.type(By.id("clinic:end"), "20:00");
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
