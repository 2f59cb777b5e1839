package org.alliancecare.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.alliancecare.testing.Api;
import org.alliancecare.testing.ApiResponse;
import org.alliancecare.testing.DemoAccounts;
import org.alliancecare.testing.RunningApplication;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 16: {@code title}, {@code detail} and each {@code errors[].message} of a problem follow the
 * request's {@code Accept-Language} (zh → Chinese, ug → Uyghur, en or none → English as before),
 * while {@code type}, {@code status} and the fields never change.
 */
class ProblemsInCallersLanguageIT {

  private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
  private static final Pattern ARABIC = Pattern.compile("\\p{IsArabic}");

  /** Bad in four ways that Bean Validation finds, one of them with the annotation's own words. */
  private static final String BAD_PATIENT =
      """
      {"name": "王小明", "sex": null, "birthDate": "%s", "nationalId": null,
       "placeCode": " ", "address": null,
       "guardians": [{"name": "家长", "relationship": "mother", "phone": "not a phone"}]}
      """
          .formatted(LocalDate.now().plusYears(1));

  private static RunningApplication app;
  private static Api doctor;

  @BeforeAll
  static void signIn() {
    app = RunningApplication.shared();
    doctor = DemoAccounts.signIn(app.api(), DemoAccounts.DOCTOR_WENSU);
  }

  @Test
  void the_same_bad_patient_is_refused_in_the_callers_language_with_the_same_type_and_fields() {
    ApiResponse none = doctor.post("/api/patients", BAD_PATIENT);
    ApiResponse english =
        doctor.withHeader("Accept-Language", "en").post("/api/patients", BAD_PATIENT);
    ApiResponse chinese =
        doctor.withHeader("Accept-Language", "zh-CN,zh;q=0.9").post("/api/patients", BAD_PATIENT);
    ApiResponse uyghur =
        doctor
            .withHeader("Accept-Language", "ug-CN, zh-CN;q=0.8, en;q=0.5")
            .post("/api/patients", BAD_PATIENT);

    for (ApiResponse response : List.of(none, english, chinese, uyghur)) {
      assertThat(response.status()).as(response.toString()).isEqualTo(400);
      assertThat(response.contentType()).startsWith("application/problem+json");
      assertThat(response.json().getString("type")).isEqualTo("invalid-input");
      assertThat(fields(response)).isEqualTo(fields(none));
    }
    assertThat(fields(none)).contains("sex", "birthDate", "placeCode", "guardians[0].phone");

    assertThat(english.body()).isEqualTo(none.body());
    assertThat(none.json().getString("title")).isEqualTo("Bad Request");
    assertThat(none.json().getString("detail")).isEqualTo("The request has invalid fields.");
    assertThat(messages(none))
        .containsEntry("guardians[0].phone", "must be a phone number")
        .containsEntry("sex", "must not be null");
    assertThat(none.header("Content-Language")).hasValue("en");

    assertThat(chinese.json().getString("title")).isEqualTo("请求有误");
    assertThat(chinese.json().getString("detail")).isEqualTo("请求中有无效的字段。");
    assertThat(messages(chinese))
        .containsEntry("guardians[0].phone", "必须是电话号码")
        .containsEntry("sex", "必须填写")
        .allSatisfy((field, message) -> assertThat(message).containsPattern(HAN));
    assertThat(chinese.header("Content-Language")).hasValue("zh-CN");

    assertThat(uyghur.json().getString("title")).isEqualTo("ئىلتىماستا خاتالىق بار");
    assertThat(uyghur.json().getString("detail")).containsPattern(ARABIC);
    assertThat(messages(uyghur))
        .containsEntry("guardians[0].phone", "تېلېفون نومۇرى بولۇشى كېرەك")
        .allSatisfy((field, message) -> assertThat(message).containsPattern(ARABIC));
    assertThat(uyghur.header("Content-Language")).hasValue("ug-CN");
  }

  @Test
  void a_field_error_of_the_domain_is_translated_too() {
    String wrongCheckCharacter =
        PatientsIT.patient("王小明", "FEMALE", "2015-03-15", "\"652925201503150027\"");

    ApiResponse english = doctor.post("/api/patients", wrongCheckCharacter);
    ApiResponse uyghur =
        doctor.withHeader("Accept-Language", "ug").post("/api/patients", wrongCheckCharacter);

    assertThat(english.status()).as(english.toString()).isEqualTo(400);
    assertThat(messages(english)).containsEntry("nationalId", "has a wrong check character");
    assertThat(messages(uyghur)).containsEntry("nationalId", "تەكشۈرۈش خانىسى خاتا");
  }

  @Test
  void a_broken_rule_is_said_in_uyghur_with_its_type_and_members_unchanged() {
    String family = "买买提" + UUID.randomUUID().toString().substring(0, 6);
    String birth = LocalDate.of(2012, 1, 1).plusDays((long) (Math.random() * 2000)).toString();
    ApiResponse first =
        doctor.post("/api/patients", PatientsIT.patient("古丽米热·" + family, "FEMALE", birth, "null"));
    assertThat(first.status()).as(first.toString()).isEqualTo(201);

    String again = PatientsIT.patient("古丽米热·" + family, "FEMALE", birth, "null");
    ApiResponse english = doctor.post("/api/patients", again);
    ApiResponse uyghur = doctor.withHeader("Accept-Language", "ug-CN").post("/api/patients", again);

    assertThat(english.status()).isEqualTo(409);
    assertThat(uyghur.status()).isEqualTo(409);
    assertThat(uyghur.json().getString("type"))
        .isEqualTo(english.json().getString("type"))
        .isEqualTo("possible-duplicate");
    assertThat(english.json().getString("title")).isEqualTo("Possible duplicate");
    assertThat(uyghur.json().getString("title")).isEqualTo("تەكرار تىزىملىتىلغان بولۇشى مۇمكىن");
    assertThat(uyghur.json().getString("detail"))
        .startsWith("بۇ بالا ئاللىقاچان تىزىملىتىلغان بولۇشى مۇمكىن");
    assertThat(uyghur.json().getJsonArray("candidates").getJsonObject(0).getString("id"))
        .isEqualTo(first.json().getString("id"));
    assertThat(uyghur.header("Content-Language")).hasValue("ug-CN");
  }

  @Test
  void a_problem_of_the_container_follows_the_language_too() {
    ApiResponse chinese =
        doctor.withHeader("Accept-Language", "zh").get("/api/patients/" + UUID.randomUUID());

    assertThat(chinese.status()).isEqualTo(404);
    assertThat(chinese.json().getString("type")).isEqualTo("not-found");
    assertThat(chinese.json().getString("title")).isEqualTo("未找到");
  }

  private static List<String> fields(ApiResponse response) {
    return response.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
        .map(error -> error.getString("field"))
        .toList();
  }

  private static Map<String, String> messages(ApiResponse response) {
    return response.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
        .collect(
            java.util.stream.Collectors.toMap(
                error -> error.getString("field"),
                error -> error.getString("message"),
                (a, b) -> a + " | " + b));
  }
}
