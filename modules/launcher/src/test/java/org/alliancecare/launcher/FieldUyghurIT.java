package org.alliancecare.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.alliancecare.testing.Api;
import org.alliancecare.testing.ApiResponse;
import org.alliancecare.testing.DemoAccounts;
import org.alliancecare.testing.RunningApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;

/**
 * The field app in Uyghur (issue 16, docs/field-app.md): on a phone whose browser speaks Uyghur the
 * app opens right to left in Uyghur; the doctor registers a child offline with her name in Uyghur
 * script and in Chinese characters, finds her by the Arabic script (also as presentation forms) and
 * by ULY typed without diacritics, switches to Chinese and back on the screen she is on, and the
 * child and the choice of language reach the server when the phone is online again. Screenshots of
 * the Uyghur screens are kept in {@code target/field-ug/}.
 */
class FieldUyghurIT {

  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  /** 佳木镇 Jiamu Town, a township of Wensu County. */
  private static final String JIAMU_TOWN = "652922-T01";

  private static final String NAME_UG = "گۈلمىرە مەمەت";
  private static final String NAME_ZH = "古丽米热·买买提";

  private static RunningApplication app;
  private static Api admin;
  private static String village;
  private static String doctor;
  private static String doctorPassword;
  private static Api doctorApi;
  private static CuttableLink link;
  private static Path profile;
  private static final Path SCREENSHOTS = Path.of("target", "field-ug");

  @BeforeAll
  static void aVillageAndADoctor() throws IOException {
    app = RunningApplication.shared();
    admin = DemoAccounts.signIn(app.api(), "admin", RunningApplication.ADMIN_PASSWORD);
    village = "652922-V" + ThreadLocalRandom.current().nextInt(1000, 10000);
    ApiResponse place =
        admin.post(
            "/api/places",
            """
            {"code": "%s", "parentCode": "%s", "level": "VILLAGE",
             "nameZh": "托万克村", "nameEn": "Towanke Village"}"""
                .formatted(village, JIAMU_TOWN));
    assertThat(place.status()).as(place.toString()).isEqualTo(201);
    doctor = "field.ug." + UUID.randomUUID().toString().substring(0, 8);
    doctorPassword = Secrets.remember("Aksu-field-" + UUID.randomUUID());
    ApiResponse created =
        admin.post(
            "/api/accounts",
            """
            {"username": "%s", "displayName": "%s", "password": "%s", "roles": ["DOCTOR"],
             "jurisdiction": ["%s"]}"""
                .formatted(doctor, doctor, doctorPassword, JIAMU_TOWN));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    doctorApi = DemoAccounts.signIn(app.api(), doctor, doctorPassword);
    link = CuttableLink.to(app.uri("/"));
    profile = Files.createTempDirectory("alliancecare-field-ug-profile-");
    Files.createDirectories(SCREENSHOTS);
  }

  @AfterAll
  static void cleanUp() {
    if (link != null) {
      link.close();
    }
  }

  @Test
  void a_doctor_works_in_uyghur_right_to_left_and_finds_a_child_by_her_uyghur_name()
      throws IOException {
    try (FieldBrowser phone = FieldBrowser.open(profile, "ug-CN")) {
      phone.visit(link.uri("/field/"));
      phone.await(By.id("username"));
      assertThat(page(phone)).containsEntry("lang", "ug-CN").containsEntry("dir", "rtl");
      assertThat(phone.text(By.cssSelector("#signin-page h2"))).isEqualTo("كىرىش");
      assertThat(
              phone.driver().findElements(By.cssSelector("#lang option")).stream()
                  .map(WebElement::getText)
                  .toList())
          .containsExactly("中文", "ئۇيغۇرچە", "English");
      screenshot(phone, "1-sign-in");

      phone.type(By.id("username"), doctor);
      phone.type(By.id("password"), doctorPassword);
      phone.click(By.id("sign-in"));
      phone.await(By.id("nav-sync"));
      phone.type(By.id("place-code"), village);
      phone.click(By.id("download-place"));
      phone.await(By.id("new-child"));

      link.cut();
      phone.click(By.id("new-child"));
      phone.click(By.id("save-child"));
      List<String> errors = texts(phone, "#child-errors li");
      assertThat(errors).anyMatch(e -> e.contains("ئىسىمنى خەنزۇچە ياكى ئۇيغۇرچە يېزىڭ"));
      assertThat(phone.driver().findElement(By.id("child-name-ug")).getAttribute("aria-invalid"))
          .isEqualTo("true");
      screenshot(phone, "2-form-needs-a-name");

      phone.type(By.id("child-name"), NAME_ZH);
      phone.type(By.id("child-name-ug"), NAME_UG);
      phone.choose(By.id("child-sex"), "FEMALE");
      phone.run(
          "const i = document.getElementById('child-birth-date'); i.value = arguments[0];"
              + " i.dispatchEvent(new Event('input', {bubbles: true}));",
          LocalDate.now(CHINA).minusYears(6).toString());
      phone.type(By.id("guardian-name"), "买买提·阿布力孜");
      phone.type(By.id("guardian-name-ug"), "مەمەت ئابلىز");
      phone.type(By.id("guardian-relationship"), "ئاتىسى");
      phone.type(
          By.id("guardian-phone"), "1399" + ThreadLocalRandom.current().nextInt(1000000, 9999999));
      phone.click(By.id("consent-screening"));
      phone.click(By.id("save-child"));
      phone.await(By.id("record-vision"));
      assertThat(phone.text(By.cssSelector("#child-name-title bdi[lang='ug'][dir='rtl']")))
          .isEqualTo(NAME_UG);
      assertThat(phone.text(By.id("child-name-title"))).contains(NAME_ZH);
      screenshot(phone, "3-child");

      phone.click(By.id("nav-children"));
      for (String query :
          List.of("gulmire", "Gülmire Memet", "گۈلمىرە", "ﮔﯜﻟﻤﯩﺮﻩ", "مەمەت", "古丽米热")) {
        phone.type(By.id("search"), query);
        phone.until(d -> texts(phone, "#children li.child").size() == 1);
        assertThat(texts(phone, "#children li.child").get(0)).as(query).contains(NAME_UG);
      }
      phone.type(By.id("search"), "gulmira");
      phone.until(d -> texts(phone, "#children li.child").isEmpty());
      phone.type(By.id("search"), "gulmire");
      phone.until(d -> texts(phone, "#children li.child").size() == 1);
      screenshot(phone, "4-found-by-uly");

      // switched on the screen she is on, and back; offline, the choice waits for the sync
      phone.choose(By.id("lang"), "zh");
      phone.until(d -> "ltr".equals(page(phone).get("dir")));
      assertThat(page(phone)).containsEntry("lang", "zh-CN");
      assertThat(phone.text(By.id("nav-children"))).isEqualTo("儿童");
      phone.choose(By.id("lang"), "ug");
      phone.until(d -> "rtl".equals(page(phone).get("dir")));
      assertThat(phone.text(By.id("nav-children"))).isEqualTo("بالىلار");

      JsonObject create = patientItem(phone);
      assertThat(create.getJsonObject("body").getString("nameUg")).isEqualTo(NAME_UG);
      assertThat(create.getJsonObject("body").getString("name")).isEqualTo(NAME_ZH);

      link.restore();
      phone.click(By.id("nav-sync"));
      screenshot(phone, "5-sync-waiting");
      phone.click(By.id("sync-now"));
      JsonObject sent =
          phone.until(
              Duration.ofSeconds(60),
              d -> {
                JsonObject item = patientItem(phone);
                return item.getString("status").equals("WAITING") ? null : item;
              });
      screenshot(phone, "6-sync-done");
      assertThat(sent.getString("status")).as(sent.toString()).isNotEqualTo("ATTENTION");
      phone.until(Duration.ofSeconds(60), d -> phone.queueCounts().get("waiting") == 0L);
      assertThat(phone.queueCounts()).containsEntry("attention", 0L);
    }

    List<JsonObject> patients =
        doctorApi
            .get("/api/patients?placeCode=" + village + "&limit=50")
            .json()
            .getJsonArray("items")
            .stream()
            .map(JsonValue::asJsonObject)
            .toList();
    assertThat(patients).hasSize(1);
    assertThat(patients.get(0).getString("name")).isEqualTo(NAME_ZH);
    // the server keeps both names and the language the doctor chose on the phone
    assertThat(patients.get(0).getString("nameUg")).isEqualTo(NAME_UG);
    assertThat(doctorApi.get("/api/me").json().getString("language")).isEqualTo("ug-CN");
  }

  private static JsonObject patientItem(FieldBrowser phone) {
    return phone.queueItems().stream()
        .filter(i -> i.getString("kind").equals("patient"))
        .findFirst()
        .orElseThrow();
  }

  private static Map<String, String> page(FieldBrowser phone) {
    @SuppressWarnings("unchecked")
    Map<String, String> attributes =
        (Map<String, String>)
            phone.run(
                "return {lang: document.documentElement.lang, dir: document.documentElement.dir};");
    return attributes;
  }

  private static List<String> texts(FieldBrowser phone, String css) {
    return phone.driver().findElements(By.cssSelector(css)).stream()
        .map(WebElement::getText)
        .toList();
  }

  private static void screenshot(FieldBrowser phone, String name) throws IOException {
    Path shot = phone.driver().getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }
}
