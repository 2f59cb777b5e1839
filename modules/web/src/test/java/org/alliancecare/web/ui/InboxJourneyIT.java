package org.alliancecare.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.alliancecare.testing.Api;
import org.alliancecare.testing.ApiResponse;
import org.alliancecare.testing.DemoAccounts;
import org.alliancecare.testing.RunningApplication;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Reminders in the web UI (issue 20), in Chinese: a referral made forty days ago (the application
 * started with its clock moved back, {@code ALLIANCECARE_CLOCK_OFFSET}) is overdue today (the same
 * data started again with the right clock); the reminder is in the referring doctor's inbox, marked
 * unread with the unread count as a badge on the navigation, links to the referral, and is marked
 * read; the coordinator's reminders page lists the referral's deliveries with their status, also
 * filtered by status. Its own application: the shared one cannot move its clock.
 */
class InboxJourneyIT {

  /** How far back the referral is made: routine referrals are due in 30 days. */
  private static final Duration BACK = Duration.ofDays(40);

  /** How long the scan and the worker may take to put the reminder into the inbox. */
  private static final Duration REMINDED_WITHIN = Duration.ofSeconds(180);

  @Test
  void an_overdue_referral_reminds_the_referring_doctor_and_the_coordinator_sees_its_deliveries()
      throws Exception {
    Path data = Files.createTempDirectory("alliancecare-inbox-journey-");
    String referralId;
    String referralNumber;
    UiFixture.Account doctor;
    UiFixture.Account coordinator;
    try (RunningApplication past =
        RunningApplication.start(
            data,
            Map.of(
                "ALLIANCECARE_ADMIN_PASSWORD",
                RunningApplication.ADMIN_PASSWORD,
                "ALLIANCECARE_CLOCK_OFFSET",
                BACK.negated().toString()))) {
      UiFixture fixture = UiFixture.at(past.uri("/"));
      String practitioner = fixture.practitioner("古丽娜·艾买提", "PEDIATRICS", "WS-H");
      doctor = fixture.account("DOCTOR", "古丽娜医生", practitioner, UiFixture.WENSU);
      coordinator = fixture.account("COORDINATOR", "协调员（提醒）", null, UiFixture.WENSU);
      String child =
          UiFixture.registerChild(
              doctor.api(),
              "阿依努尔·吐尔逊",
              "FEMALE",
              UiFixture.birthDateOfAChildOf(6),
              UiFixture.JIAMU_TOWN,
              "1399" + (1000000 + ThreadLocalRandom.current().nextInt(8999999)));
      UiFixture.giveConsentOn(
          doctor.api(),
          child,
          LocalDate.ofInstant(Instant.now().minus(BACK), UiFixture.CHINA),
          "SCREENING",
          "TREATMENT",
          "DATA_SHARING");
      JsonObject screening =
          UiFixture.referringHearingScreening(
              doctor.api(), child, Instant.now().minus(BACK).minusSeconds(60));
      JsonObject referral =
          fixture.referral(doctor.api(), child, screening.getString("id"), "AKS-MCH");
      referralId = referral.getString("id");
      referralNumber = referral.getString("referralNumber");
      assertThat(referral.getBoolean("overdue")).isFalse();
    }

    try (RunningApplication today =
        RunningApplication.start(
            data,
            Map.of(
                "ALLIANCECARE_ADMIN_PASSWORD",
                RunningApplication.ADMIN_PASSWORD,
                // the first scan of the time-based rules 15 s after the start (a minute by default)
                "ALLIANCECARE_NOTIFICATIONS_SCAN_INTERVAL",
                "PT15S",
                "ALLIANCECARE_NOTIFICATIONS_WORKER_INTERVAL",
                "PT5S"))) {
      Api doctorApi = DemoAccounts.signIn(today.api(), doctor.username(), doctor.password());
      assertThat(doctorApi.get("/api/referrals/" + referralId).json().getBoolean("overdue"))
          .isTrue();
      JsonObject reminder = awaitInboxItem(doctorApi, referralId);
      assertThat(reminder.getString("subject") + reminder.getString("body"))
          .contains(referralNumber);
      assertThat(reminder.get("readAt")).isIn(null, JsonValue.NULL);

      try (Browser browser = Browser.open(today.uri("/"), "inbox-doctor", "zh-CN")) {
        browser.signIn(doctor.username(), doctor.password());
        assertThat(browser.text(By.id("nav-inbox"))).startsWith("收件箱");
        long unread = unread(doctorApi);
        assertThat(unread).isPositive();
        assertThat(browser.text(By.cssSelector("#inbox-unread bdi")))
            .isEqualTo(Long.toString(unread));
        browser.screenshot("home-badge");

        browser.clickThrough(By.id("nav-inbox"));
        assertThat(browser.text(By.id("page-title"))).isEqualTo("收件箱");
        By item = By.cssSelector("li[data-item='" + reminder.getString("id") + "']");
        WebElement shown = browser.driver().findElement(item);
        assertThat(shown.getAttribute("class")).contains("ac-unread");
        assertThat(shown.getText()).contains("未读", referralNumber, "标为已读");
        String open = shown.findElement(By.cssSelector("a.ac-inbox-open")).getAttribute("href");
        assertThat(open).endsWith("/app/records/referral.xhtml?id=" + referralId);
        browser.screenshot("inbox-unread");

        browser.emulateWidth(360, 740);
        assertThat(browser.present(item)).isTrue();
        browser.screenshot("inbox-phone");
        browser.emulateWidth(1366, 900);

        browser.clickThrough(
            By.cssSelector("li[data-item='" + reminder.getString("id") + "'] button[name=read]"));
        assertThat(browser.currentPath()).startsWith("/app/inbox.xhtml");
        assertThat(browser.bodyText()).contains("已标为已读。");
        shown = browser.driver().findElement(item);
        assertThat(shown.getAttribute("class")).contains("ac-read");
        assertThat(shown.getText()).contains("已读于").doesNotContain("标为已读");
        assertThat(unread(doctorApi)).isEqualTo(unread - 1);
        if (unread == 1) {
          assertThat(browser.present(By.id("inbox-unread"))).isFalse();
        } else {
          assertThat(browser.text(By.cssSelector("#inbox-unread bdi")))
              .isEqualTo(Long.toString(unread - 1));
        }
        browser.screenshot("inbox-read");

        browser.driver().get(open);
        assertThat(browser.bodyText()).contains(referralNumber);
        assertThat(browser.reportTimings()).isLessThan(1000);
      }

      Api coordinatorApi =
          DemoAccounts.signIn(today.api(), coordinator.username(), coordinator.password());
      List<JsonObject> deliveries = deliveries(coordinatorApi, referralId);
      assertThat(deliveries)
          .anySatisfy(
              d -> {
                assertThat(d.getString("channel")).isEqualTo("INBOX");
                assertThat(d.getString("recipient")).isEqualTo(doctor.username());
                assertThat(d.getString("status")).isEqualTo("SENT");
              });
      try (Browser browser = Browser.open(today.uri("/"), "inbox-coordinator", "zh-CN")) {
        browser.signIn(coordinator.username(), coordinator.password());
        browser.clickThrough(By.id("nav-reminders"));
        assertThat(browser.text(By.id("page-title"))).isEqualTo("提醒的发送状态");
        List<String> rows =
            browser.texts(By.cssSelector("#deliveries tbody tr")).stream()
                .filter(r -> r.contains(referralNumber))
                .toList();
        assertThat(rows).hasSizeGreaterThanOrEqualTo(deliveries.size());
        assertThat(rows)
            .anySatisfy(r -> assertThat(r).contains("转诊", doctor.username(), "站内收件箱", "已发送"));
        assertThat(browser.source()).doesNotContain(reminder.getString("body"));
        browser.screenshot("reminders");

        browser.clickThrough(By.linkText("已发送"));
        assertThat(browser.currentPath()).contains("status=SENT");
        assertThat(browser.texts(By.cssSelector("#deliveries tbody tr")))
            .isNotEmpty()
            .allSatisfy(r -> assertThat(r).contains("已发送"))
            .anySatisfy(r -> assertThat(r).contains(referralNumber, doctor.username()));
        browser.screenshot("reminders-sent");
        assertThat(browser.reportTimings()).isLessThan(1000);
      }
    }
  }

  /** Waits for the scan and the worker to put a reminder about the referral into the inbox. */
  private static JsonObject awaitInboxItem(Api account, String referralId)
      throws InterruptedException {
    long deadline = System.nanoTime() + REMINDED_WITHIN.toNanos();
    while (true) {
      ApiResponse inbox = account.get("/api/me/inbox?limit=50");
      assertThat(inbox.status()).as(inbox.toString()).isEqualTo(200);
      var found =
          inbox.json().getJsonArray("items").stream()
              .map(JsonValue::asJsonObject)
              .filter(i -> referralId.equals(i.getString("causeId", null)))
              .findFirst();
      if (found.isPresent()) {
        return found.get();
      }
      assertThat(System.nanoTime())
          .as("a reminder about referral %s in the inbox within %s", referralId, REMINDED_WITHIN)
          .isLessThan(deadline);
      Thread.sleep(2000);
    }
  }

  private static long unread(Api account) {
    ApiResponse unread = account.get("/api/me/inbox/unread");
    assertThat(unread.status()).as(unread.toString()).isEqualTo(200);
    return unread.json().getJsonNumber("unread").longValue();
  }

  private static List<JsonObject> deliveries(Api coordinator, String referralId) {
    ApiResponse all = coordinator.get("/api/notifications?limit=500");
    assertThat(all.status()).as(all.toString()).isEqualTo(200);
    return all.json().getJsonArray("items").stream()
        .map(JsonValue::asJsonObject)
        .filter(d -> referralId.equals(d.getString("causeId", null)))
        .toList();
  }
}
