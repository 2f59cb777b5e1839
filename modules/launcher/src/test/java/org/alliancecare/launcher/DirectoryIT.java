package org.alliancecare.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.UUID;
import org.alliancecare.testing.Api;
import org.alliancecare.testing.ApiResponse;
import org.alliancecare.testing.DemoAccounts;
import org.alliancecare.testing.RunningApplication;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Places, organisations and practitioners over HTTP against the packaged application. */
class DirectoryIT {

  private static Api admin;
  private static Api doctor;
  private static Api coordinator;
  private static Api auditorWensu;

  @BeforeAll
  static void signIn() {
    Api anonymous = RunningApplication.shared().api();
    admin =
        DemoAccounts.signIn(
            anonymous, "admin", Secrets.remember(RunningApplication.ADMIN_PASSWORD));
    doctor = DemoAccounts.signIn(anonymous, DemoAccounts.DOCTOR_WENSU);
    coordinator = DemoAccounts.signIn(anonymous, DemoAccounts.COORDINATOR);
    auditorWensu = DemoAccounts.signIn(anonymous, DemoAccounts.AUDITOR_WENSU);
  }

  private static List<String> values(ApiResponse list, String field) {
    return list.json().getJsonArray("items").stream()
        .map(item -> item.asJsonObject().getString(field))
        .toList();
  }

  private static List<String> errorFields(ApiResponse response) {
    assertThat(response.status()).as(response.toString()).isEqualTo(400);
    return response.json().getJsonArray("errors").stream()
        .map(e -> e.asJsonObject().getString("field"))
        .toList();
  }

  @Test
  void the_counties_of_aksu_are_listed_below_the_prefecture_with_both_names() {
    ApiResponse counties = doctor.get("/api/places?parent=652900&level=COUNTY");
    assertThat(counties.status()).isEqualTo(200);
    assertThat(values(counties, "code"))
        .containsExactly(
            "652901", "652902", "652922", "652924", "652925", "652926", "652927", "652928",
            "652929");
    JsonObject wensu = counties.json().getJsonArray("items").getJsonObject(2);
    assertThat(wensu.getString("nameZh")).isEqualTo("温宿县");
    assertThat(wensu.getString("nameEn")).isEqualTo("Wensu County");
    assertThat(wensu.getString("parentCode")).isEqualTo("652900");
    assertThat(wensu.getString("level")).isEqualTo("COUNTY");

    assertThat(values(doctor.get("/api/places?level=village"), "code"))
        .contains("652922-V01", "652902-V01");
    assertThat(doctor.get("/api/places/659002").json().getString("parentCode")).isEqualTo("650000");
    assertThat(errorFields(doctor.get("/api/places?level=STREET"))).containsExactly("level");
    assertThat(doctor.get("/api/places/999999").status()).isEqualTo(404);
  }

  @Test
  void places_are_paged_by_cursor() {
    ApiResponse first = doctor.get("/api/places?limit=5");
    assertThat(values(first, "code")).hasSize(5);
    String cursor = first.json().getString("nextCursor");
    ApiResponse second = doctor.get("/api/places?limit=5&cursor=" + cursor);
    assertThat(values(second, "code"))
        .hasSize(5)
        .doesNotContainAnyElementsOf(values(first, "code"));
    assertThat(errorFields(doctor.get("/api/places?limit=0"))).containsExactly("limit");
    assertThat(errorFields(doctor.get("/api/places?limit=many"))).containsExactly("limit");
  }

  @Test
  void an_added_village_is_in_the_hierarchy_and_in_scope_at_once() {
    String code = "652922-V" + (100 + (int) (Math.random() * 800));
    ApiResponse added =
        admin.post(
            "/api/places",
            """
            {"code": "%s", "parentCode": "652922-T01", "level": "VILLAGE",
             "nameZh": "新村", "nameEn": "New Village"}"""
                .formatted(code));
    assertThat(added.status()).as(added.toString()).isEqualTo(201);
    assertThat(added.header("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/api/places/" + code));
    assertThat(values(doctor.get("/api/places?parent=652922-T01"), "code")).contains(code);

    // the place tree behind every data scope knows it at once: an account there is in the Wensu
    // auditor's scope
    String username = "village." + UUID.randomUUID().toString().substring(0, 8);
    ApiResponse account =
        admin.post(
            "/api/accounts",
            """
            {"username": "%s", "displayName": "Village doctor", "password": "%s",
             "roles": ["DOCTOR"], "jurisdiction": ["%s"]}"""
                .formatted(username, Secrets.remember("Village-doctor-2026"), code));
    assertThat(account.status()).as(account.toString()).isEqualTo(201);
    assertThat(auditorWensu.get("/api/accounts/" + username).status()).isEqualTo(200);

    ApiResponse again =
        admin.post(
            "/api/places",
            """
            {"code": "%s", "parentCode": "652922-T01", "level": "VILLAGE",
             "nameZh": "新村", "nameEn": "New Village"}"""
                .formatted(code));
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.json().getString("type")).isEqualTo("place-code-taken");
  }

  @Test
  void a_place_must_fit_the_hierarchy() {
    assertThat(
            errorFields(
                admin.post(
                    "/api/places",
                    """
                    {"code": "652922-V77", "parentCode": "652922-T01", "level": "COUNTY",
                     "nameZh": " ", "nameEn": "x"}""")))
        .containsExactlyInAnyOrder("level", "nameZh");
    assertThat(
            errorFields(
                admin.post(
                    "/api/places",
                    """
                    {"code": "652902-V77", "parentCode": "652922-T01", "level": "VILLAGE",
                     "nameZh": "村", "nameEn": "x"}""")))
        .containsExactly("code");
    assertThat(
            errorFields(
                admin.post(
                    "/api/places",
                    """
                    {"code": "nonsense", "parentCode": "999999", "level": "VILLAGE",
                     "nameZh": "村", "nameEn": "x"}""")))
        .containsExactlyInAnyOrder("code", "parentCode");
  }

  @Test
  void the_reference_organisations_are_listed_with_their_keys_and_can_be_added_to() {
    ApiResponse all = doctor.get("/api/organisations?limit=500");
    assertThat(values(all, "key"))
        .contains("AKS-H1", "KQ-H", "WS-H", "ARL-H", "AKS-SPED", "ZJU-CH", "WMU-EYE");
    ApiResponse aidHome = doctor.get("/api/organisations?kind=AID_HOME_HOSPITAL");
    assertThat(values(aidHome, "province")).hasSize(5).containsOnly("Zhejiang");
    String id = values(doctor.get("/api/organisations?placeCode=652922"), "id").get(0);
    assertThat(doctor.get("/api/organisations/" + id).json().getString("nameZh"))
        .isEqualTo("温宿县人民医院");

    String key = "JM-THC-" + (int) (Math.random() * 1000);
    ApiResponse added =
        admin.post(
            "/api/organisations",
            """
            {"key": "%s", "kind": "TOWNSHIP_HEALTH_CENTRE", "nameZh": "佳木镇卫生院",
             "nameEn": "Jiamu Town Health Centre", "placeCode": "652922-T01", "province": "Xinjiang"}"""
                .formatted(key));
    assertThat(added.status()).as(added.toString()).isEqualTo(201);
    assertThat(added.json().getString("key")).isEqualTo(key);
    ApiResponse twice =
        admin.post(
            "/api/organisations",
            """
            {"key": "%s", "kind": "TOWNSHIP_HEALTH_CENTRE", "nameZh": "佳木镇卫生院",
             "nameEn": "Jiamu Town Health Centre", "placeCode": "652922-T01", "province": "Xinjiang"}"""
                .formatted(key));
    assertThat(twice.json().getString("type")).isEqualTo("organisation-key-taken");
    assertThat(
            errorFields(
                admin.post(
                    "/api/organisations",
                    "{\"nameZh\": \"x\", \"nameEn\": \"x\", \"placeCode\": \"999999\", \"province\": \"Xinjiang\"}")))
        .containsExactlyInAnyOrder("kind", "placeCode");
  }

  @Test
  void an_aid_practitioner_needs_a_home_organisation_and_tour_dates() {
    String hospital = values(doctor.get("/api/organisations?placeCode=652922"), "id").get(0);
    String home =
        values(doctor.get("/api/organisations?kind=AID_HOME_HOSPITAL&limit=1"), "id").get(0);
    assertThat(
            errorFields(
                coordinator.post(
                    "/api/practitioners",
                    """
                    {"name": "李华", "specialty": "PEDIATRICS", "origin": "AID", "organisationId": "%s"}"""
                        .formatted(hospital))))
        .containsExactly("homeOrganisationId", "tourStart", "tourEnd");

    String name = "援疆儿科医生" + UUID.randomUUID().toString().substring(0, 6);
    ApiResponse registered =
        coordinator.post(
            "/api/practitioners",
            """
            {"name": "%s", "specialty": "PEDIATRICS", "origin": "AID", "organisationId": "%s",
             "homeOrganisationId": "%s", "tourStart": "2025-02-01", "tourEnd": "2026-07-31"}"""
                .formatted(name, hospital, home));
    assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
    JsonObject practitioner = registered.json();
    String id = practitioner.getString("id");
    assertThat(practitioner.getString("tourStart")).isEqualTo("2025-02-01");
    assertThat(registered.header("ETag")).isPresent();

    assertThat(
            values(
                doctor.get(
                    "/api/practitioners?q=" + name.substring(0, 8) + "&specialty=pediatrics"),
                "id"))
        .contains(id);
    assertThat(values(doctor.get("/api/practitioners?specialty=UROLOGY"), "id")).doesNotContain(id);
  }

  @Test
  void replacing_a_practitioner_needs_the_current_version() {
    String hospital = values(doctor.get("/api/organisations?placeCode=652902"), "id").get(0);
    ApiResponse registered =
        admin.post(
            "/api/practitioners",
            """
            {"name": "Aygul Memet", "specialty": "OTOLARYNGOLOGY", "origin": "LOCAL",
             "organisationId": "%s"}"""
                .formatted(hospital));
    assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
    String id = registered.json().getString("id");
    String etag = registered.header("ETag").orElseThrow();
    String changed =
        """
        {"name": "Aygul Memet", "specialty": "AUDIOLOGY", "origin": "LOCAL", "organisationId": "%s"}"""
            .formatted(hospital);

    assertThat(coordinator.put("/api/practitioners/" + id, changed).status()).isEqualTo(428);
    ApiResponse replaced =
        coordinator.withHeader("If-Match", etag).put("/api/practitioners/" + id, changed);
    assertThat(replaced.status()).as(replaced.toString()).isEqualTo(200);
    assertThat(replaced.json().getString("specialty")).isEqualTo("AUDIOLOGY");
    assertThat(replaced.header("ETag")).isPresent().isNotEqualTo(java.util.Optional.of(etag));
    assertThat(
            coordinator
                .withHeader("If-Match", etag)
                .put("/api/practitioners/" + id, changed)
                .status())
        .isEqualTo(412);
    assertThat(doctor.get("/api/practitioners/" + id).json().getString("specialty"))
        .isEqualTo("AUDIOLOGY");
    assertThat(doctor.get("/api/practitioners/" + UUID.randomUUID()).status()).isEqualTo(404);
  }
}
