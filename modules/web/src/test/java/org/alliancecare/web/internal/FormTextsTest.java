package org.alliancecare.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;
import org.alliancecare.patients.api.ConsentScope;
import org.alliancecare.screening.api.ClassificationView;
import org.alliancecare.screening.api.Outcome;
import org.alliancecare.screening.api.Performer;
import org.alliancecare.screening.api.ReasonView;
import org.alliancecare.screening.api.ScreeningKind;
import org.alliancecare.screening.api.ScreeningMethod;
import org.alliancecare.screening.api.ScreeningView;
import org.junit.jupiter.api.Test;

/**
 * What the forms say: a facade's field error in the page's language, naming the field by its label
 * (never the facade's English message nor its internal field name); Faces' own messages with the
 * label; what each consent scope means; which ear each reason of a hearing result concerns.
 */
class FormTextsTest {

  private static final Properties ENGLISH = Bundles.ENGLISH;
  private static final Properties CHINESE = Bundles.CHINESE;

  private static Function<String, Optional<String>> in(Properties bundle) {
    return key -> Optional.ofNullable(bundle.getProperty(key));
  }

  @Test
  void a_facade_field_error_is_named_by_its_label_in_the_page_language() {
    assertThat(Feedback.fieldSentence("measurements.rightEye.uncorrected.value", in(CHINESE)))
        .isEqualTo("右眼裸眼视力: 不是所选记录法的视力值（如五分记录 4.7、小数记录 0.5）");
    assertThat(Feedback.fieldSentence("birthDate", in(CHINESE)))
        .isEqualTo("出生日期: 不能晚于今天，且须与身份证号一致");
    assertThat(Feedback.fieldSentence("endsOn", in(CHINESE))).isEqualTo("结束日期: 不能早于开始日期");
    assertThat(Feedback.fieldSentence("programCode", in(CHINESE))).isEqualTo("项目: 没有此代码的项目");
    assertThat(Feedback.fieldSentence("guardians[0].phone", in(CHINESE)))
        .isEqualTo("监护人电话: 请填写电话号码");
    assertThat(Feedback.fieldSentence("endsOn", in(ENGLISH)))
        .isEqualTo("ends on: must not be before the start date");
    assertThat(Feedback.fieldSentence("measurements.leftEye.corrected.notation", in(ENGLISH)))
        .startsWith("left eye, corrected: is not an acuity in the chosen notation");
  }

  @Test
  void a_field_the_bundle_does_not_know_is_still_said_in_the_page_language() {
    assertThat(Feedback.fieldSentence("streamId", in(CHINESE))).isEqualTo("其他内容: 填写有误");
    assertThat(Feedback.fieldSentence("streamId", in(ENGLISH)))
        .isEqualTo("other input: is not valid");
  }

  @Test
  void every_field_text_of_the_chinese_bundle_is_chinese() {
    for (String key : CHINESE.stringPropertyNames()) {
      if (key.startsWith("field.") || key.startsWith("fieldError.")) {
        assertThat(CHINESE.getProperty(key))
            .as(key)
            .doesNotContainPattern("[A-Za-z]{3,}(?<!dB)(?<!HL)")
            .matches(".*\\p{IsHan}.*");
      }
    }
  }

  @Test
  void faces_own_messages_name_the_field_by_its_label_in_both_languages() {
    for (Properties bundle : List.of(CHINESE, ENGLISH)) {
      assertThat(bundle.getProperty("jakarta.faces.component.UIInput.REQUIRED")).startsWith("{0}");
      assertThat(bundle.getProperty("jakarta.faces.component.UISelectOne.INVALID"))
          .startsWith("{0}");
      assertThat(bundle.getProperty("jakarta.faces.converter.DateTimeConverter.DATE"))
          .startsWith("{2}")
          .contains("YYYY-MM-DD");
      assertThat(bundle.getProperty("jakarta.faces.converter.LongConverter.LONG"))
          .startsWith("{2}");
      assertThat(bundle.getProperty("jakarta.faces.validator.LengthValidator.MAXIMUM"))
          .startsWith("{1}");
      assertThat(bundle.getProperty("jakarta.faces.validator.BeanValidator.MESSAGE"))
          .startsWith("{1}")
          .contains("{0}");
    }
    assertThat(CHINESE.getProperty("jakarta.faces.converter.DateTimeConverter.DATE"))
        .contains("请按");
  }

  @Test
  void every_consent_scope_says_what_it_means_in_both_languages() {
    for (ConsentScope scope : ConsentScope.values()) {
      assertThat(CHINESE.getProperty("consentScope." + scope + ".meaning")).isNotBlank();
      assertThat(ENGLISH.getProperty("consentScope." + scope + ".meaning")).isNotBlank();
    }
  }

  @Test
  void both_ears_at_or_above_the_limit_are_the_right_then_the_left() {
    ScreeningView screening =
        hearing(
            "47.5",
            "22.5",
            Json.createObjectBuilder().build(),
            reason("PTA4_AT_OR_ABOVE_LIMIT"),
            reason("PTA4_AT_OR_ABOVE_LIMIT"));
    assertThat(ScreeningPage.earsOf(screening)).containsExactly("right", "left");
  }

  @Test
  void one_ear_at_or_above_the_limit_is_the_one_with_the_higher_average() {
    ScreeningView screening =
        hearing("12.5", "30", Json.createObjectBuilder().build(), reason("PTA4_AT_OR_ABOVE_LIMIT"));
    assertThat(ScreeningPage.earsOf(screening)).containsExactly("left");
  }

  @Test
  void one_ear_that_did_not_pass_is_the_one_the_measurements_refer() {
    JsonObject ears =
        Json.createObjectBuilder().add("rightEar", "PASS").add("leftEar", "REFER").build();
    assertThat(ScreeningPage.earsOf(hearing(null, null, ears, reason("EAR_REFER"))))
        .containsExactly("left");
    JsonObject both =
        Json.createObjectBuilder().add("rightEar", "REFER").add("leftEar", "REFER").build();
    assertThat(
            ScreeningPage.earsOf(
                hearing(null, null, both, reason("EAR_REFER"), reason("EAR_REFER"))))
        .containsExactly("right", "left");
  }

  private static ReasonView reason(String code) {
    return new ReasonView(code, "text");
  }

  private static ScreeningView hearing(
      String right, String left, JsonObject measurements, ReasonView... reasons) {
    ClassificationView classification =
        new ClassificationView(
            null,
            null,
            null,
            null,
            right == null ? null : new BigDecimal(right),
            left == null ? null : new BigDecimal(left),
            null,
            null,
            List.of(reasons),
            List.of());
    return new ScreeningView(
        "s1",
        1,
        "p1",
        ScreeningKind.HEARING,
        right == null ? ScreeningMethod.OAE : ScreeningMethod.PURE_TONE,
        Instant.parse("2026-12-04T02:00:00Z"),
        LocalDate.of(2026, 12, 4),
        null,
        new Performer("doctor", null),
        measurements,
        null,
        Outcome.REFER,
        classification,
        "child-screening-2021.1",
        null,
        null,
        "doctor",
        Instant.parse("2026-12-04T02:00:00Z"),
        List.of(),
        null,
        List.of());
  }
}
