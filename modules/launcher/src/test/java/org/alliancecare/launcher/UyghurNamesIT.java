package org.alliancecare.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.alliancecare.testing.Api;
import org.alliancecare.testing.ApiResponse;
import org.alliancecare.testing.DemoAccounts;
import org.alliancecare.testing.RunningApplication;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Names in Uyghur script over HTTP against the packaged application: real Uyghur names in their
 * three forms (Arabic script, ULY, Chinese transliteration), registered, found by each form, by ULY
 * typed without diacritics and by script typed with presentation forms or Persian letters, and
 * duplicates found by the Uyghur form. Each patient has a birth date of its own, so that searches
 * (by name and birth date) see only the test's patients.
 */
class UyghurNamesIT {

  private static final AtomicInteger DAYS = new AtomicInteger((int) (Math.random() * 3000));

  private static Api doctor;

  @BeforeAll
  static void signIn() {
    doctor = DemoAccounts.signIn(RunningApplication.shared().api(), DemoAccounts.DOCTOR_WENSU);
  }

  @ParameterizedTest
  @CsvSource({
    "گۈلمىرە مەمەت, gülmire memet, 古丽米热·买买提, Gulmire, gülmire memet, مەمەت",
    "ئابدۇكېرىم تۇرسۇن, abdukérim tursun, 阿不都克热木·吐尔逊, abdukerim, Tursun, ئابدۇ",
    "مۇھەممەت ئېلى, muhemmet éli, 买买提·艾力, muhemmet eli, Éli, ئېلى",
    "ئايگۈل ياسىن, aygül yasin, 阿依古丽·亚森, aygul, AYGÜL YASIN, ياسىن",
    "پەرھات ئابلىز, perhat abliz, 帕尔哈提·阿布力孜, perhat, abliz, پەرھات ئابلىز"
  })
  void a_child_registered_in_both_scripts_is_found_by_each_form(
      String uyghur,
      String uly,
      String chinese,
      String latinTyped,
      String latinTypedToo,
      String scriptPart) {
    LocalDate born = nextBirthDate();
    ApiResponse created = doctor.post("/api/patients", patient(chinese, uyghur, born));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    JsonObject patient = created.json();
    String id = patient.getString("id");
    assertThat(patient.getString("name")).isEqualTo(chinese);
    assertThat(patient.getString("nameUg")).isEqualTo(uyghur);
    assertThat(patient.getString("nameUgLatin")).isEqualTo(uly);
    JsonObject guardian = patient.getJsonArray("guardians").getJsonObject(0);
    assertThat(guardian.getString("nameUg")).isEqualTo("تۇرسۇنگۈل");
    assertThat(guardian.getString("nameUgLatin")).isEqualTo("tursun'gül");

    for (String q :
        List.of(
            chinese, chinese.substring(0, 2), uyghur, scriptPart, uly, latinTyped, latinTypedToo)) {
      assertThat(found(q, born)).as("q=%s", q).containsExactly(id);
    }
    assertThat(found("ulmire", born)).as("ULY matches from the start of a word").isEmpty();
  }

  @Test
  void a_child_known_only_by_the_uyghur_name_typed_with_presentation_forms_and_persian_letters() {
    LocalDate born = nextBirthDate();
    // ئابدۇكېرىم تۇرسۇن as a Persian keyboard types it (ی Farsi yeh, ک keheh), and as a PDF holds
    // it (presentation forms)
    ApiResponse persian = doctor.post("/api/patients", patient(null, "ئابدۇکېریم تۇرسۇن", born));
    assertThat(persian.status()).as(persian.toString()).isEqualTo(201);
    JsonObject patient = persian.json();
    String id = patient.getString("id");
    assertThat(patient.containsKey("name")).as("name answered as null").isTrue();
    assertThat(patient.isNull("name")).isTrue();
    assertThat(patient.getString("nameUg")).isEqualTo("ئابدۇكېرىم تۇرسۇن");
    assertThat(patient.getString("nameUgLatin")).isEqualTo("abdukérim tursun");

    assertThat(found("ئابدۇكېرىم", born)).containsExactly(id);
    assertThat(found("ﺋﺎﺑﺪﯘﻛﯧﺮﯨﻢ", born)).containsExactly(id);
    assertThat(found("abdukerim tursun", born)).containsExactly(id);
    assertThat(doctor.get("/api/patients/" + id).json().getString("nameUg"))
        .isEqualTo("ئابدۇكېرىم تۇرسۇن");

    ApiResponse again =
        doctor.post("/api/patients", patient("阿不都克热木·吐尔逊", "ﺋﺎﺑﺪﯘﻛﯧﺮﯨﻢ ﺗﯘﺭﺳﯘﻥ", born));
    assertThat(again.status()).as(again.toString()).isEqualTo(409);
    assertThat(again.json().getString("type")).isEqualTo("possible-duplicate");
    JsonObject candidate = again.json().getJsonArray("candidates").getJsonObject(0);
    assertThat(candidate.getString("id")).isEqualTo(id);
    assertThat(candidate.getString("nameUg")).isEqualTo("ئابدۇكېرىم تۇرسۇن");
    assertThat(candidate.getString("matchedOn")).isEqualTo("Uyghur name and birth date");
  }

  @Test
  void an_edit_adds_the_uyghur_name_to_a_child_registered_in_chinese_characters() {
    LocalDate born = nextBirthDate();
    ApiResponse created = doctor.post("/api/patients", patient("阿依古丽·亚森", null, born));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    String id = created.json().getString("id");
    assertThat(found("aygul", born)).isEmpty();

    ApiResponse edited =
        doctor
            .withHeader("If-Match", "\"" + created.json().getInt("version") + "\"")
            .put("/api/patients/" + id, patient("阿依古丽·亚森", "ئايگۈل ياسىن", born));
    assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
    assertThat(edited.json().getString("nameUgLatin")).isEqualTo("aygül yasin");
    assertThat(found("aygul", born)).containsExactly(id);
    assertThat(found("ئايگۈل", born)).containsExactly(id);
  }

  @Test
  void no_name_at_all_names_both_fields_and_a_latin_uyghur_name_names_nameUg() {
    ApiResponse neither = doctor.post("/api/patients", patient(null, null, nextBirthDate()));
    assertThat(neither.status()).as(neither.toString()).isEqualTo(400);
    assertThat(fields(neither)).contains("name", "nameUg");

    ApiResponse latin = doctor.post("/api/patients", patient("古丽", "Gulmire", nextBirthDate()));
    assertThat(latin.status()).isEqualTo(400);
    assertThat(fields(latin)).containsExactly("nameUg");

    ApiResponse guardianUnnamed =
        doctor.post(
            "/api/patients",
            patient("古丽", null, nextBirthDate())
                .replace("\"name\": \"吐尔逊古丽\", \"nameUg\": \"تۇرسۇنگۈل\", ", ""));
    assertThat(guardianUnnamed.status()).as(guardianUnnamed.toString()).isEqualTo(400);
    assertThat(fields(guardianUnnamed)).contains("guardians[0].name", "guardians[0].nameUg");
  }

  private static List<String> found(String q, LocalDate born) {
    ApiResponse response =
        doctor.get(
            "/api/patients?q="
                + URLEncoder.encode(q, StandardCharsets.UTF_8)
                + "&birthDate="
                + born);
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    return response.json().getJsonArray("items").stream()
        .map(item -> item.asJsonObject().getString("id"))
        .toList();
  }

  private static String patient(String name, String nameUg, LocalDate born) {
    return """
        {"name": %s, "nameUg": %s, "sex": "FEMALE", "birthDate": "%s", "ethnicity": "Uyghur",
         "placeCode": "652922",
         "guardians": [{"name": "吐尔逊古丽", "nameUg": "تۇرسۇنگۈل", "relationship": "mother",
                        "phone": "%s"}]}
        """
        .formatted(
            quoted(name),
            quoted(nameUg),
            born,
            "137" + (10000000 + (int) (Math.random() * 89999999)));
  }

  private static String quoted(String text) {
    return text == null ? "null" : "\"" + text + "\"";
  }

  /** A birth date no other test of this run uses. */
  private static LocalDate nextBirthDate() {
    return LocalDate.of(2009, 1, 1).minusDays(DAYS.incrementAndGet());
  }

  private static List<String> fields(ApiResponse response) {
    return response.json().getJsonArray("errors").stream()
        .map(e -> e.asJsonObject().getString("field"))
        .toList();
  }
}
