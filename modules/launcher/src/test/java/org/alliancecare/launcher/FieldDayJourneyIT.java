package org.alliancecare.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.alliancecare.testing.Api;
import org.alliancecare.testing.ApiResponse;
import org.alliancecare.testing.DemoAccounts;
import org.alliancecare.testing.RunningApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;

/**
 * A clinic day without a network, in the field app (issue 15, docs/field-app.md), in headless
 * Chromium through a link the test cuts for real: the doctor prepares the pack of a village,
 * registers 10 children and records 50 screenings for 30 children offline, closes the browser and
 * opens it again on the same profile, lets a colleague sign in on the same device (who sees
 * nothing), reconnects and syncs with the link cut in the middle of it; the server then holds
 * exactly 10 new children and 50 screenings with the times they were captured, and a replay of the
 * whole queue by hand changes nothing. A child registered twice is resolved on the sync page.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FieldDayJourneyIT {

  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  /** 佳木镇 Jiamu Town, a township of Wensu County. */
  private static final String JIAMU_TOWN = "652922-T01";

  private static final int CHILDREN_ON_FILE = 20;
  private static final int CHILDREN_REGISTERED_OFFLINE = 10;

  private static RunningApplication app;
  private static Api admin;
  private static String village;
  private static String doctor;
  private static String doctorPassword;
  private static String colleague;
  private static String colleaguePassword;
  private static Api doctorApi;
  private static final Map<String, String> childrenOnFile = new HashMap<>();
  private static final List<String> namesOnFile = new ArrayList<>();
  private static CuttableLink link;
  private static Path profile;

  @BeforeAll
  static void aVillageWithTwentyChildrenAndTwoDoctors() throws IOException {
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

    String suffix = UUID.randomUUID().toString().substring(0, 8);
    doctor = "field.doctor." + suffix;
    doctorPassword = Secrets.remember("Tarim-field-" + UUID.randomUUID());
    colleague = "field.colleague." + suffix;
    colleaguePassword = Secrets.remember("Tarim-colleague-" + UUID.randomUUID());
    account(doctor, doctorPassword);
    account(colleague, colleaguePassword);
    doctorApi = DemoAccounts.signIn(app.api(), doctor, doctorPassword);

    for (int i = 0; i < CHILDREN_ON_FILE; i++) {
      String name = "阿依古丽·" + (char) ('甲' + i) + "村" + suffix.substring(0, 2);
      String id = registered(name, LocalDate.now(CHINA).minusYears(4 + i % 10).minusDays(i * 7));
      childrenOnFile.put(name, id);
      namesOnFile.add(name);
    }
    link = CuttableLink.to(app.uri("/"));
    profile = Files.createTempDirectory("alliancecare-field-profile-");
  }

  @AfterAll
  static void cleanUp() {
    if (link != null) {
      link.close();
    }
  }

  @Test
  @Order(1)
  void a_clinic_day_offline_is_synced_exactly_once() {
    List<String> newNames = new ArrayList<>();
    Instant capturedFrom;
    Instant capturedUntil;
    try (FieldBrowser phone = FieldBrowser.open(profile, "zh-CN")) {
      phone.visit(link.uri("/field/"));
      signIn(phone, doctor, doctorPassword);
      phone.type(By.id("place-code"), village);
      phone.click(By.id("download-place"));
      phone.until(d -> packCount(phone) == CHILDREN_ON_FILE);

      link.cut();
      capturedFrom = Instant.now();
      for (int i = 0; i < CHILDREN_REGISTERED_OFFLINE; i++) {
        String name = "努尔艾力·" + (char) ('乙' + i) + "新";
        newNames.add(name);
        register(phone, name, LocalDate.now(CHINA).minusYears(5).minusDays(i * 11));
        recordVision(phone, "5.0", "4.9");
      }
      for (String name : namesOnFile) {
        open(phone, childrenOnFile.get(name), name);
        recordVision(phone, "4.6", "5.0");
        recordHearing(phone, "PASS", "REFER");
      }
      capturedUntil = Instant.now();
      assertThat(phone.queueCounts()).containsEntry("waiting", 70L);
    }

    // the phone is closed and opened again, still without a network: it opens from its cache,
    // locked, and unlocks with the password alone
    try (FieldBrowser phone = FieldBrowser.open(profile, "zh-CN")) {
      phone.visit(link.uri("/field/"));
      phone.type(By.id("unlock-password"), doctorPassword);
      phone.click(By.id("unlock"));
      phone.await(By.id("nav-sync"));
      assertThat(phone.queueCounts()).containsEntry("waiting", 70L);

      // a colleague signs in on the same device: nothing of the first doctor's day is hers
      phone.click(By.id("sign-out"));
      phone.click(By.id("confirm-unsent"));
      phone.click(By.id("sign-out-keep"));
      link.restore();
      signIn(phone, colleague, colleaguePassword);
      phone.await(By.id("nav-sync"));
      assertThat(phone.queueCounts()).containsEntry("waiting", 0L).containsEntry("sent", 0L);
      assertThat(packCount(phone)).isZero();
      phone.click(By.id("nav-children"));
      assertThat(phone.driver().findElements(By.cssSelector("#children li.child"))).isEmpty();
      assertThat(patientsOfTheVillage()).hasSize(CHILDREN_ON_FILE);
      phone.click(By.id("sign-out"));
      phone.click(By.id("sign-out-keep"));

      // the doctor signs in again: the queue is hers and is sent; the link drops in the middle,
      // the moment the 20th screening reached the server and before its answer came back
      Instant syncFrom = Instant.now();
      link.cutAfter("POST /api/screenings ", 20);
      signIn(phone, doctor, doctorPassword);
      phone.click(By.id("nav-sync"));
      phone.click(By.id("sync-now"));
      phone.until(Duration.ofSeconds(60), d -> link.isCut());
      phone.until(
          Duration.ofSeconds(30),
          d ->
              phone
                  .driver()
                  .findElement(By.id("online-status"))
                  .getAttribute("class")
                  .contains("offline"));
      Map<String, Long> afterTheCut = phone.queueCounts();
      assertThat(afterTheCut.get("sent")).isLessThan(70L);
      assertThat(afterTheCut.get("waiting")).isPositive();
      link.restore();
      phone.click(By.id("sync-now"));
      phone.until(Duration.ofSeconds(120), d -> phone.queueCounts().get("sent") == 70L);
      assertThat(phone.queueCounts()).containsEntry("waiting", 0L).containsEntry("attention", 0L);

      List<JsonObject> queue = phone.queueItems();
      assertThat(queue).hasSize(70);
      Map<String, Set<String>> screeningsByName = theServerHoldsTheDay(newNames, queue);
      assertThat(screeningsByName.values().stream().mapToInt(Set::size).sum()).isEqualTo(50);
      Set<Instant> captured = new HashSet<>();
      for (JsonObject item : queue) {
        if (item.getString("kind").equals("screening")) {
          Instant performedAt = Instant.parse(item.getJsonObject("body").getString("performedAt"));
          assertThat(performedAt).isBetween(capturedFrom.minusSeconds(1), capturedUntil);
          assertThat(performedAt).isBefore(syncFrom);
          captured.add(performedAt);
        }
      }
      assertThat(storedPerformedAt()).isEqualTo(captured);

      // sync again, and replay the whole queue by hand with its keys: nothing more is stored
      phone.click(By.id("sync-now"));
      for (JsonObject item : queue) {
        ApiResponse replay =
            doctorApi
                .withHeader("Idempotency-Key", item.getString("key"))
                .post(item.getString("path"), item.getJsonObject("body").toString());
        assertThat(replay.status()).as(replay.toString()).isBetween(200, 201);
        assertThat(replay.json().getString("id"))
            .isEqualTo(item.getJsonObject("answer").getJsonObject("body").getString("id"));
      }
      assertThat(theServerHoldsTheDay(newNames, queue)).isEqualTo(screeningsByName);
      assertThat(storedPerformedAt()).isEqualTo(captured);
    }
  }

  @Test
  @Order(2)
  void a_child_registered_again_offline_is_resolved_as_the_same_child() {
    String name = namesOnFile.get(0);
    String existing = childrenOnFile.get(name);
    JsonObject onFile = doctorApi.get("/api/patients/" + existing).json();
    Path ownProfile = profile.resolveSibling(profile.getFileName() + "-duplicate");
    try (CuttableLink ownLink = CuttableLink.to(app.uri("/"));
        FieldBrowser phone = FieldBrowser.open(ownProfile, "zh-CN")) {
      phone.visit(ownLink.uri("/field/"));
      signIn(phone, doctor, doctorPassword);
      phone.type(By.id("place-code"), village);
      phone.click(By.id("download-place"));
      phone.until(d -> packCount(phone) >= CHILDREN_ON_FILE);

      ownLink.cut();
      register(phone, name, LocalDate.parse(onFile.getString("birthDate")));
      recordVision(phone, "4.0", "4.1");
      int screeningsBefore = screeningsOf(existing).size();
      ownLink.restore();

      phone.click(By.id("nav-sync"));
      phone.click(By.id("sync-now"));
      phone
          .await(
              By.cssSelector(
                  "#duplicate-resolution li.candidate[data-patient-id='"
                      + existing
                      + "'] button.same-child"))
          .click();
      phone.until(
          Duration.ofSeconds(60),
          d ->
              phone.queueCounts().get("waiting") == 0L
                  && phone.queueCounts().get("attention") == 0L);

      assertThat(screeningsOf(existing)).hasSize(screeningsBefore + 1);
      assertThat(
              patientsOfTheVillage().stream()
                  .filter(p -> p.getString("name").equals(name))
                  .toList())
          .hasSize(1);
    }
  }

  // ---- the app, as the doctor uses it ----

  private static void signIn(FieldBrowser phone, String username, String password) {
    phone.type(By.id("username"), username);
    phone.type(By.id("password"), password);
    phone.click(By.id("sign-in"));
    phone.await(By.id("nav-sync"));
  }

  private static void register(FieldBrowser phone, String name, LocalDate birthDate) {
    phone.click(By.id("nav-children"));
    phone.click(By.id("new-child"));
    phone.type(By.id("child-name"), name);
    phone.choose(By.id("child-sex"), "FEMALE");
    phone.run(
        "const i = document.getElementById('child-birth-date'); i.value = arguments[0];"
            + " i.dispatchEvent(new Event('input', {bubbles: true}));",
        birthDate.toString());
    phone.type(By.id("guardian-name"), "买买提·" + name.substring(0, 2));
    phone.type(By.id("guardian-relationship"), "父亲");
    phone.type(
        By.id("guardian-phone"), "1399" + ThreadLocalRandom.current().nextInt(1000000, 9999999));
    phone.click(By.id("consent-screening"));
    phone.click(By.id("save-child"));
    phone.await(By.id("record-vision"));
  }

  private static void open(FieldBrowser phone, String patientId, String name) {
    phone.click(By.id("nav-children"));
    phone.type(By.id("search"), name);
    phone.click(By.cssSelector("#children li.child[data-patient-id='" + patientId + "'] button"));
    phone.await(By.id("record-vision"));
  }

  private static void recordVision(FieldBrowser phone, String right, String left) {
    phone.click(By.id("record-vision"));
    phone.choose(By.id("method"), "OPTOTYPE");
    phone.choose(By.id("notation"), "FIVE_POINT");
    phone.type(By.id("right-uncorrected"), right);
    phone.type(By.id("left-uncorrected"), left);
    saveScreening(phone);
  }

  private static void recordHearing(FieldBrowser phone, String right, String left) {
    phone.click(By.id("record-hearing"));
    phone.choose(By.id("method"), "OAE");
    phone.choose(By.id("right-ear"), right);
    phone.choose(By.id("left-ear"), left);
    saveScreening(phone);
  }

  private static void saveScreening(FieldBrowser phone) {
    phone.run("document.getElementById('screening-result').removeAttribute('data-result')");
    phone.click(By.id("save-screening"));
    String result =
        phone.await(By.cssSelector("#screening-result[data-result]")).getAttribute("data-result");
    assertThat(result).as("the offline classification").isIn("PASS", "REFER");
  }

  private static long packCount(FieldBrowser phone) {
    String count = phone.driver().findElement(By.id("pack-summary")).getAttribute("data-count");
    return count == null || count.isEmpty() ? 0 : Long.parseLong(count);
  }

  // ---- what the server holds ----

  /**
   * The children of the village by name, each with the ids of its screenings; asserts that each
   * child registered offline is there once and that every screening the queue sent is there.
   */
  private static Map<String, Set<String>> theServerHoldsTheDay(
      List<String> newNames, List<JsonObject> queue) {
    List<JsonObject> patients = patientsOfTheVillage();
    assertThat(patients).hasSize(CHILDREN_ON_FILE + CHILDREN_REGISTERED_OFFLINE);
    Map<String, Set<String>> screeningsByName = new HashMap<>();
    for (JsonObject patient : patients) {
      Set<String> ids = new HashSet<>();
      for (JsonObject screening : screeningsOf(patient.getString("id"))) {
        ids.add(screening.getString("id"));
      }
      assertThat(screeningsByName.put(patient.getString("name"), ids)).isNull();
    }
    assertThat(screeningsByName.keySet()).containsAll(newNames).containsAll(namesOnFile);
    for (String name : newNames) {
      assertThat(screeningsByName.get(name)).as(name).hasSize(1);
    }
    for (String name : namesOnFile) {
      assertThat(screeningsByName.get(name)).as(name).hasSize(2);
    }
    Set<String> sent = new HashSet<>();
    queue.stream()
        .filter(item -> item.getString("kind").equals("screening"))
        .forEach(
            item -> sent.add(item.getJsonObject("answer").getJsonObject("body").getString("id")));
    Set<String> stored = new HashSet<>();
    screeningsByName.values().forEach(stored::addAll);
    assertThat(stored).isEqualTo(sent);
    return screeningsByName;
  }

  private static Set<Instant> storedPerformedAt() {
    Set<Instant> performed = new HashSet<>();
    for (JsonObject patient : patientsOfTheVillage()) {
      for (JsonObject screening : screeningsOf(patient.getString("id"))) {
        performed.add(Instant.parse(screening.getString("performedAt")));
      }
    }
    return performed;
  }

  private static List<JsonObject> patientsOfTheVillage() {
    ApiResponse found = doctorApi.get("/api/patients?placeCode=" + village + "&limit=500");
    assertThat(found.status()).as(found.toString()).isEqualTo(200);
    return found.json().getJsonArray("items").stream().map(JsonValue::asJsonObject).toList();
  }

  private static List<JsonObject> screeningsOf(String patientId) {
    ApiResponse found = doctorApi.get("/api/patients/" + patientId + "/screenings?limit=500");
    assertThat(found.status()).as(found.toString()).isEqualTo(200);
    JsonArray items = found.json().getJsonArray("items");
    return items.stream().map(JsonValue::asJsonObject).toList();
  }

  private static void account(String username, String password) {
    ApiResponse created =
        admin.post(
            "/api/accounts",
            """
            {"username": "%s", "displayName": "%s", "password": "%s", "roles": ["DOCTOR"],
             "jurisdiction": ["%s"]}"""
                .formatted(username, username, password, JIAMU_TOWN));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
  }

  private static String registered(String name, LocalDate birthDate) {
    ApiResponse created =
        doctorApi
            .withHeader("Idempotency-Key", UUID.randomUUID().toString())
            .post(
                "/api/patients",
                """
                {"name": "%s", "sex": "FEMALE", "birthDate": "%s", "placeCode": "%s",
                 "guardians": [{"name": "吐尔逊·%s", "relationship": "父亲"}],
                 "acknowledgeDuplicates": true}"""
                    .formatted(name, birthDate, village, name.substring(0, 2)));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    String id = created.json().getString("id");
    ApiResponse consent =
        doctorApi.post(
            "/api/patients/" + id + "/consents",
            """
            {"guardianName": "吐尔逊·%s", "relationship": "父亲", "scopes": ["SCREENING"],
             "givenOn": "%s"}"""
                .formatted(name.substring(0, 2), LocalDate.now(CHINA).minusDays(1)));
    assertThat(consent.status()).as(consent.toString()).isEqualTo(201);
    return id;
  }
}
