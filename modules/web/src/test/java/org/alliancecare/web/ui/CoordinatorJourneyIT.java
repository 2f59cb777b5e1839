package org.alliancecare.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.alliancecare.testing.Api;
import org.alliancecare.testing.ApiResponse;
import org.alliancecare.testing.DemoAccounts;
import org.alliancecare.web.ui.UiFixture.Account;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The program coordinator, in Chinese (the browser asks for zh-CN): enrols a child whose hearing
 * screening referred into the open phase, finds the case on the board with its overdue milestone
 * highlighted, and closes the phase after a confirmation that says how many cases move on to the
 * next phase; reads the program's indicators per county and per phase.
 */
class CoordinatorJourneyIT {

  @Test
  void a_coordinator_enrols_a_child_sees_the_board_and_closes_a_phase_in_chinese() {
    UiFixture fixture = UiFixture.shared();
    Api coordinator = DemoAccounts.signIn(fixture.anonymous, DemoAccounts.COORDINATOR);
    String program =
        "UI_"
            + UUID.randomUUID()
                .toString()
                .replace("-", "")
                .substring(0, 10)
                .toUpperCase(Locale.ROOT);
    created(
        coordinator.post(
            "/api/programs",
            """
            {"code": "%s", "nameZh": "启明行动（界面测试）", "nameEn": "Qiming Action (UI test)",
             "eligibility": {"maxAgeExclusive": 18, "placeCodes": ["652900", "659002"],
                             "conditions": ["VISION", "HEARING", "SPEECH"]}}"""
                .formatted(program)));
    for (int phase = 1; phase <= 2; phase++) {
      created(
          coordinator.post(
              "/api/programs/" + program + "/phases",
              """
              {"number": %d, "startsOn": "%s", "endsOn": "%s", "quota": 50}"""
                  .formatted(
                      phase, UiFixture.today().minusMonths(1), UiFixture.today().plusYears(1))));
    }
    ApiResponse opened =
        coordinator
            .withHeader("If-Match", "\"1\"")
            .post("/api/programs/" + program + "/phases/1/open", null);
    assertThat(opened.status()).as(opened.toString()).isEqualTo(200);

    String practitioner = fixture.practitioner("热依拉·阿不都", "PEDIATRICS", "WS-H");
    Account doctor = fixture.account("DOCTOR", "热依拉医生", practitioner, UiFixture.WENSU);
    String name = "艾克拜尔·吾斯曼";
    String child =
        UiFixture.registerChild(
            doctor.api(),
            name,
            "MALE",
            UiFixture.birthDateOfAChildOf(7),
            UiFixture.JIAMU_TOWN,
            "1366" + (1000000 + ThreadLocalRandom.current().nextInt(8999999)));
    UiFixture.giveConsent(doctor.api(), child, "SCREENING", "TREATMENT", "DATA_SHARING");
    UiFixture.referringHearingScreening(doctor.api(), child);

    // an account of its own: switching the language at the end keeps it on the account (issue
    // 16), which must not change the language of the demo coordinator of the other journeys
    Account browsing = fixture.account("COORDINATOR", "协调员（界面测试）", null, "652900", "659002");
    try (Browser browser = Browser.open(fixture.base(), "coordinator", "zh-CN")) {
      browser.signIn(browsing.username(), browsing.password());
      assertThat(browser.text(By.id("page-title"))).isEqualTo("首页");
      assertThat(browser.text(By.id("who-roles"))).isEqualTo("项目协调员");
      assertThat(browser.text(By.id("who-jurisdiction"))).contains("阿克苏地区", "阿拉尔市");
      assertThat(browser.text(By.id("nav-program"))).isEqualTo("项目分期");
      assertThat(browser.present(By.id("nav-journal"))).isFalse();
      browser.screenshot("home");

      browser.visit("/app/records/patient.xhtml?id=" + child);
      assertThat(browser.text(By.id("patient-name"))).isEqualTo(name);
      assertThat(browser.bodyText()).contains("需转诊", "佳木镇");
      browser.clickThrough(By.id("enrol"));
      assertThat(browser.text(By.id("page-title"))).isEqualTo("个案入组");
      browser.type(By.id("enrol:program"), program);
      assertThat(
              browser
                  .driver()
                  .findElement(By.cssSelector("input[name='enrol:conditions'][value='HEARING']"))
                  .isSelected())
          .as("the condition of the screening that referred")
          .isTrue();
      browser.screenshot("enrol");
      browser.clickThrough(By.id("enrol:submit"));

      assertThat(browser.currentPath()).startsWith("/app/records/case.xhtml?id=");
      String caseId = browser.parameter("id");
      String caseNumber = browser.text(By.id("case-number"));
      assertThat(browser.bodyText()).contains("个案 " + caseNumber + " 已入组第 1 期。");
      assertThat(browser.text(By.id("case-stage"))).isEqualTo("评估");
      assertThat(browser.text(By.id("case-phases"))).isEqualTo("入组于第 1 期，现在第 1 期");
      assertThat(browser.texts(By.cssSelector("#milestones\\:milestoneTable tbody tr")))
          .isNotEmpty()
          .allSatisfy(m -> assertThat(m).contains("听力", "计划中"));
      browser.screenshot("case");

      ApiResponse overdue =
          coordinator.post(
              "/api/cases/" + caseId + "/milestones",
              """
              {"kind": "HOME_VISIT", "title": "家访", "dueOn": "%s"}"""
                  .formatted(UiFixture.today().minusDays(3)));
      assertThat(overdue.status()).as(overdue.toString()).isEqualTo(201);

      browser.visit("/app/coordinator/cases.xhtml?program=" + program);
      assertThat(browser.text(By.id("page-title"))).isEqualTo("个案看板");
      By card = By.cssSelector("#stage-ASSESSMENT a.ac-card");
      assertThat(browser.text(By.id("stage-ASSESSMENT"))).startsWith("评估 (1)");
      assertThat(browser.text(card)).contains(caseNumber, name, "已逾期");
      assertThat(browser.driver().findElement(card).getAttribute("class"))
          .contains("ac-card-overdue");
      browser.screenshot("board");

      browser.visit("/app/coordinator/program.xhtml?code=" + program);
      assertThat(browser.text(By.id("program-name"))).contains("启明行动（界面测试）");
      browser.driver().findElement(By.cssSelector("button[id$=':close']")).click();
      browser.awaitVisible(By.cssSelector(".ui-confirm-dialog-message"));
      assertThat(browser.text(By.cssSelector(".ui-confirm-dialog-message")))
          .isEqualTo("关闭第 1 期？其 1 个在册个案将结转至第 2 期。");
      browser.screenshot("close-phase");
      browser.clickThrough(By.id("phases:confirmYes"));
      assertThat(browser.bodyText()).contains("第 1 期已关闭。");
      assertThat(browser.text(By.id("phases:phaseTable"))).contains("已关闭");

      browser.visit("/app/records/case.xhtml?id=" + caseId);
      assertThat(browser.text(By.id("case-phases"))).isEqualTo("入组于第 1 期，现在第 2 期");
      browser.screenshot("carried-over");

      assertThat(coordinator.get("/api/cases/" + caseId).json().getInt("currentPhase"))
          .isEqualTo(2);

      browser.visit("/app/coordinator/indicators.xhtml?code=" + program);
      assertThat(browser.text(By.id("page-title"))).isEqualTo("指标");
      JsonObject wensu =
          coordinator.get("/api/reports/programs/" + program).json().getJsonArray("rows").stream()
              .map(JsonValue::asJsonObject)
              .filter(row -> row.getString("countyCode").equals(UiFixture.WENSU))
              .findFirst()
              .orElseThrow();
      assertThat(wensu.getInt("enrolled")).isEqualTo(1);
      assertThat(browser.texts(By.cssSelector("#rows tbody tr")))
          .anySatisfy(
              row ->
                  assertThat(row)
                      .startsWith(
                          "温宿县 %d %d %d"
                              .formatted(
                                  wensu.getInt("screened"),
                                  wensu.getInt("refer"),
                                  wensu.getInt("referred"))));
      assertThat(browser.text(By.id("total"))).contains("入组人数 1");
      assertThat(browser.present(By.cssSelector("#countyChart canvas"))).isTrue();
      assertThat(browser.present(By.cssSelector("#phaseChart canvas"))).isTrue();
      assertThat(browser.text(By.id("csv:download"))).isEmpty();
      browser.screenshot("indicators");

      browser.clickThrough(By.id("shell:lang-en"));
      assertThat(browser.text(By.id("page-title"))).isEqualTo("Indicators");
      assertThat(browser.text(By.id("who-roles"))).isEqualTo("Program coordinator");
      assertThat(browser.text(By.id("who-jurisdiction"))).contains("Aksu Prefecture", "Aral City");
      assertThat(browser.reportTimings()).isLessThan(1000);
    }
  }

  private static void created(ApiResponse response) {
    assertThat(response.status()).as(response.toString()).isEqualTo(201);
  }
}
