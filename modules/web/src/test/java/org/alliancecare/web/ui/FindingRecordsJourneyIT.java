package org.alliancecare.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.alliancecare.testing.DemoAccounts;
import org.alliancecare.web.ui.UiFixture.Account;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The Wensu auditor, in English, finds records as a person names them (issue 13, item 12): a search
 * that finds more children than a page shows says so and shows the rest on request; the access log
 * is searched by a child's name and by part of a reader's name, not only by raw ids; a record page
 * opened without naming a record answers "no such page" in the user's language; the time-zone
 * choice has a label.
 */
class FindingRecordsJourneyIT {

  private static final String[] GIVEN = {
    "阿依", "古丽", "热娜", "努尔", "米娜", "帕提", "扎依", "萨拉", "迪娜", "海丽"
  };

  @Test
  void searches_say_when_more_match_and_accept_names_and_a_page_without_a_record_is_not_found() {
    UiFixture fixture = UiFixture.shared();
    Account doctor =
        fixture.account(
            "DOCTOR",
            "Dr Zulpiye",
            fixture.practitioner("祖丽皮耶·艾买提", "PEDIATRICS", "WS-H"),
            UiFixture.WENSU);
    // 51 children whose names share a surname that no other test uses
    String surname = "托合提巴克";
    List<String> names = new ArrayList<>();
    for (int i = 0; i < 51; i++) {
      String name = surname + "·" + GIVEN[i % 10] + GIVEN[i / 10 % 10];
      names.add(name);
      UiFixture.registerChild(
          doctor.api(),
          name,
          i % 2 == 0 ? "FEMALE" : "MALE",
          UiFixture.birthDateOfAChildOf(3 + i % 10),
          UiFixture.JIAMU_TOWN,
          "1344" + (1000000 + ThreadLocalRandom.current().nextInt(8999999)));
    }
    String last = names.get(50);

    try (Browser browser = Browser.open(fixture.base(), "finding-records", "en")) {
      browser.signIn(DemoAccounts.AUDITOR_WENSU, DemoAccounts.password(DemoAccounts.AUDITOR_WENSU));
      assertThat(
              browser
                  .driver()
                  .findElement(By.cssSelector("label[for='shell:zone']"))
                  .getAttribute("textContent"))
          .isEqualTo("Time zone");

      browser.visit("/app/records/patients.xhtml");
      browser.type(By.id("search:q"), surname);
      browser.clickInPlace(By.id("search:find"));
      browser.awaitVisible(By.id("search:found"));
      assertThat(browser.texts(By.cssSelector("#search\\:found tbody tr"))).hasSize(50);
      assertThat(browser.text(By.id("shown-count")))
          .isEqualTo("Showing the first 50 children found; more match the search.");
      browser.screenshot("fifty-of-more");
      browser.clickInPlace(By.id("search:more"));
      browser.awaitText(By.cssSelector("#search\\:found tbody tr:nth-child(51)"), surname);
      assertThat(browser.texts(By.cssSelector("#search\\:found tbody tr"))).hasSize(51);
      assertThat(browser.present(By.id("search:more"))).isFalse();

      // the last child's record, read by the auditor, then found in the access log by name
      browser.driver().findElement(By.linkText(last)).click();
      browser.awaitVisible(By.id("patient-name"));
      browser.visit("/app/audit/access.xhtml");
      browser.type(By.id("access:patient"), last);
      browser.clickThrough(By.id("access:search"));
      List<String> reads = browser.texts(By.cssSelector("#access\\:rows tbody tr"));
      assertThat(reads).isNotEmpty().allSatisfy(r -> assertThat(r).contains("patient"));
      assertThat(reads).anySatisfy(r -> assertThat(r).contains(DemoAccounts.AUDITOR_WENSU));

      // by part of the reader's display name
      browser.visit("/app/audit/access.xhtml");
      browser.type(By.id("access:actor"), "demo auditor");
      browser.clickThrough(By.id("access:search"));
      assertThat(browser.texts(By.cssSelector("#access\\:rows tbody tr")))
          .isNotEmpty()
          .allSatisfy(r -> assertThat(r).contains(DemoAccounts.AUDITOR_WENSU));

      // a child's name that several children share offers them to choose from
      browser.visit("/app/audit/access.xhtml");
      browser.type(By.id("access:patient"), surname);
      browser.clickThrough(By.id("access:search"));
      browser.screenshot("several-children");
      assertThat(browser.bodyText()).contains("Several children match: which one?", surname);
      assertThat(browser.present(By.id("access:rows"))).isFalse();

      browser.visit("/app/records/patient.xhtml");
      assertThat(browser.text(By.id("error"))).isEqualTo("There is no such page.");
      browser.screenshot("patient-without-id");
    }
  }
}
