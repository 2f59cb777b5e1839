package org.alliancecare.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.alliancecare.directory.api.Role;
import org.alliancecare.interop.api.ImportKind;
import org.alliancecare.interop.api.ImportStatus;
import org.alliancecare.outreach.api.ClinicService;
import org.alliancecare.outreach.api.ClinicStatus;
import org.alliancecare.patients.api.ConsentScope;
import org.alliancecare.patients.api.Sex;
import org.alliancecare.referrals.api.ReferralStatus;
import org.alliancecare.referrals.api.SourceKind;
import org.alliancecare.referrals.api.Urgency;
import org.alliancecare.rehabilitation.api.CaseOutcome;
import org.alliancecare.rehabilitation.api.Condition;
import org.alliancecare.rehabilitation.api.MilestoneStatus;
import org.alliancecare.rehabilitation.api.PhaseStatus;
import org.alliancecare.rehabilitation.api.Stage;
import org.alliancecare.screening.api.Outcome;
import org.alliancecare.screening.api.ScreeningKind;
import org.alliancecare.screening.api.ScreeningMethod;
import org.junit.jupiter.api.Test;

/**
 * The pages speak Chinese and English from the same keys: both bundles have every key, every key a
 * page names exists, every code a page shows has its name, and every business rule of every module
 * has a sentence in both languages.
 */
class WebTextsTest {

  private static final Path ROOT =
      Path.of(System.getProperty("alliancecare.root", "../..")).toAbsolutePath().normalize();
  private static final Path PAGES = Path.of("src/main/resources/META-INF/resources");

  private static final Properties ENGLISH = Bundles.ENGLISH;
  private static final Properties CHINESE = Bundles.CHINESE;

  @Test
  void chinese_and_english_have_the_same_keys() {
    assertThat(new TreeSet<>(CHINESE.stringPropertyNames()))
        .isEqualTo(new TreeSet<>(ENGLISH.stringPropertyNames()));
  }

  @Test
  void chinese_texts_are_chinese() {
    assertThat(CHINESE.getProperty("nav.patients")).isEqualTo("查找儿童");
    assertThat(CHINESE.getProperty("rule.practitioner-double-booked")).contains("重叠");
  }

  @Test
  void every_key_that_a_page_names_is_in_the_bundles() throws IOException {
    Pattern named = Pattern.compile("msg\\['([^']+)'\\]");
    Set<String> used = new TreeSet<>();
    try (Stream<Path> pages = Files.walk(PAGES)) {
      for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
        Matcher key = named.matcher(Files.readString(page));
        while (key.find()) {
          used.add(key.group(1));
        }
      }
    }
    assertThat(used).isNotEmpty();
    assertThat(ENGLISH.stringPropertyNames()).containsAll(used);
  }

  @Test
  void every_code_a_page_shows_has_a_name() {
    Map<String, Enum<?>[]> lists =
        Map.ofEntries(
            Map.entry("role", Role.values()),
            Map.entry("sex", Sex.values()),
            Map.entry("consentScope", ConsentScope.values()),
            Map.entry("clinicStatus", ClinicStatus.values()),
            Map.entry("service", ClinicService.values()),
            Map.entry("screeningKind", ScreeningKind.values()),
            Map.entry("screeningMethod", ScreeningMethod.values()),
            Map.entry("outcome", Outcome.values()),
            Map.entry("referralStatus", ReferralStatus.values()),
            Map.entry("urgency", Urgency.values()),
            Map.entry("sourceKind", SourceKind.values()),
            Map.entry("condition", Condition.values()),
            Map.entry("phaseStatus", PhaseStatus.values()),
            Map.entry("stage", Stage.values()),
            Map.entry("caseOutcome", CaseOutcome.values()),
            Map.entry("milestoneStatus", MilestoneStatus.values()),
            Map.entry("importKind", ImportKind.values()),
            Map.entry("importStatus", ImportStatus.values()));
    lists.forEach(
        (list, codes) ->
            Arrays.stream(codes)
                .forEach(
                    code ->
                        assertThat(ENGLISH.getProperty(list + "." + code.name()))
                            .as(list + "." + code.name())
                            .isNotBlank()));
    ScreeningPage.NOTATIONS.forEach(n -> assertThat(ENGLISH).containsKey("notation." + n));
    ClinicPage.STAFF_ROLES.forEach(r -> assertThat(ENGLISH).containsKey("staffRole." + r));
    ReferralRequestPage.SPECIALTIES.forEach(s -> assertThat(ENGLISH).containsKey("specialty." + s));
    Preferences.ZONES.forEach(z -> assertThat(ENGLISH).containsKey("zone." + z));
    ImportPage.CHARSETS.forEach(c -> assertThat(ENGLISH).containsKey("import.charset." + c));
  }

  /**
   * Every rule that a module names (the slug of each {@code BusinessRuleViolation} subclass,
   * API.md) has a sentence: the pages show refusals in the page's language.
   */
  @Test
  void every_business_rule_has_a_sentence_in_both_languages() throws IOException {
    Pattern slug = Pattern.compile("super\\(\\s*\"([a-z]+(?:-[a-z]+)*)\"");
    Set<String> rules = new TreeSet<>();
    try (Stream<Path> sources = Files.walk(ROOT.resolve("modules"))) {
      for (Path source :
          sources
              .filter(p -> p.toString().endsWith(".java"))
              .filter(p -> p.toString().contains("/src/main/java/"))
              .toList()) {
        String code = Files.readString(source);
        if (!code.contains("extends BusinessRuleViolation")) {
          continue;
        }
        Matcher found = slug.matcher(code);
        while (found.find()) {
          rules.add(found.group(1));
        }
      }
    }
    assertThat(rules).contains("practitioner-double-booked", "possible-duplicate", "no-consent");
    for (String rule : rules) {
      assertThat(ENGLISH.getProperty("rule." + rule)).as("rule." + rule).isNotBlank();
      assertThat(CHINESE.getProperty("rule." + rule)).as("rule." + rule).isNotBlank();
    }
  }

  @Test
  void a_browser_gets_the_first_of_its_languages_that_the_ui_speaks_else_chinese() {
    assertThat(Preferences.preferred(Stream.of(Locale.forLanguageTag("zh-CN")).iterator()))
        .isEqualTo(Preferences.CHINESE);
    assertThat(Preferences.preferred(Stream.of(Locale.forLanguageTag("zh")).iterator()))
        .isEqualTo(Preferences.CHINESE);
    assertThat(
            Preferences.preferred(
                Stream.of(Locale.forLanguageTag("ug"), Locale.forLanguageTag("en-GB")).iterator()))
        .isEqualTo(Preferences.UYGHUR);
    assertThat(
            Preferences.preferred(
                Stream.of(Locale.forLanguageTag("fr"), Locale.forLanguageTag("ug-CN")).iterator()))
        .isEqualTo(Preferences.UYGHUR);
    assertThat(
            Preferences.preferred(
                Stream.of(Locale.forLanguageTag("kk"), Locale.forLanguageTag("en-GB")).iterator()))
        .isEqualTo(Preferences.ENGLISH);
    assertThat(Preferences.UYGHUR.toLanguageTag()).isEqualTo("ug-CN");
    assertThat(Preferences.rightToLeft(Preferences.UYGHUR)).isTrue();
    assertThat(Preferences.rightToLeft(Preferences.CHINESE)).isFalse();
    assertThat(Preferences.preferred(Stream.of(Locale.FRENCH).iterator()))
        .isEqualTo(Preferences.CHINESE);
  }

  @Test
  void a_problem_fills_its_members_into_the_sentence_and_drops_those_it_lacks() {
    String sentence = ENGLISH.getProperty("rule.practitioner-double-booked");
    assertThat(Texts.fill(sentence, Map.of("conflictingClinicNumber", "OC-2026-0001")))
        .contains("(OC-2026-0001)");
    assertThat(Texts.fill(sentence, Map.of())).doesNotContain("{", "()");
  }
}
