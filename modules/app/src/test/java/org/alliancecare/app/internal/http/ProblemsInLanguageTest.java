package org.alliancecare.app.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.alliancecare.kernel.BusinessRuleViolation;
import org.alliancecare.kernel.InvalidInput;
import org.alliancecare.kernel.InvalidInput.FieldError;
import org.alliancecare.kernel.RecordNotFound;
import org.junit.jupiter.api.Test;

class ProblemsInLanguageTest {

  private static final Locale UYGHUR = Locale.forLanguageTag("ug-CN");

  private static final InvalidInput BAD_NAME_AND_PLACE =
      new InvalidInput(
          List.of(
              FieldError.of("name", "at-most-characters", 100),
              FieldError.of("placeCode", "required")));

  @Test
  void englishIsWhatTheApiAlwaysAnswered() {
    Map<String, Object> problem = Problems.of(BAD_NAME_AND_PLACE).members();

    assertThat(problem)
        .containsEntry("type", "invalid-input")
        .containsEntry("title", "Bad Request")
        .containsEntry("status", 400)
        .containsEntry("detail", "The request has invalid fields.")
        .containsEntry(
            "errors",
            List.of(
                Map.of("field", "name", "message", "must be at most 100 characters"),
                Map.of("field", "placeCode", "message", "is required")));
    assertThat(List.copyOf(problem.keySet()))
        .containsExactly("type", "title", "status", "detail", "errors");
  }

  @Test
  void chineseAndUyghurChangeTheSentencesButNeverTheTypeOrTheFields() {
    Map<String, Object> chinese = Problems.of(BAD_NAME_AND_PLACE, Locale.CHINA).members();
    Map<String, Object> uyghur = Problems.of(BAD_NAME_AND_PLACE, UYGHUR).members();

    assertThat(chinese)
        .containsEntry("type", "invalid-input")
        .containsEntry("title", "请求有误")
        .containsEntry("detail", "请求中有无效的字段。")
        .containsEntry(
            "errors",
            List.of(
                Map.of("field", "name", "message", "最多 100 个字符"),
                Map.of("field", "placeCode", "message", "必须填写")));
    assertThat(uyghur)
        .containsEntry("type", "invalid-input")
        .containsEntry("status", 400)
        .containsEntry("title", "ئىلتىماستا خاتالىق بار")
        .containsEntry("detail", "ئىلتىماستىكى بەزى بۆلەكلەر توغرا ئەمەس.")
        .containsEntry(
            "errors",
            List.of(
                Map.of("field", "name", "message", "ئەڭ كۆپ بولسا 100 ھەرپ بولۇشى كېرەك"),
                Map.of("field", "placeCode", "message", "چوقۇم تولدۇرۇلۇشى كېرەك")));
  }

  @Test
  void theAnswerSaysItsLanguage() {
    assertThat(Problems.of(new RecordNotFound("patient"), UYGHUR).headers())
        .containsEntry("Content-Language", "ug-CN");
    assertThat(Problems.of(new RecordNotFound("patient"), Locale.CHINESE).headers())
        .containsEntry("Content-Language", "zh-CN");
    assertThat(Problems.of(new RecordNotFound("patient")).headers())
        .containsEntry("Content-Language", "en");
    assertThat(Problems.of(new RecordNotFound("patient"), Locale.CHINESE).members())
        .containsEntry("type", "not-found")
        .containsEntry("title", "未找到")
        .containsEntry("detail", "没有这条记录。");
  }

  @Test
  void aRulesSentenceHasItsMembersFilledIn() {
    BusinessRuleViolation quota =
        new BusinessRuleViolation(
            "phase-quota-reached",
            "Phase 2 has reached its quota of 30 cases.",
            Map.of("phase", 2, "quota", 30)) {};

    assertThat(Problems.of(quota).members())
        .containsEntry("type", "phase-quota-reached")
        .containsEntry("title", "Phase quota reached")
        .containsEntry("detail", "Phase 2 has reached its quota of 30 cases.")
        .containsEntry("quota", 30);
    assertThat(Problems.of(quota, UYGHUR).members())
        .containsEntry("type", "phase-quota-reached")
        .containsEntry("title", "باسقۇچنىڭ ئورنى تولدى")
        .containsEntry("detail", "2-باسقۇچنىڭ 30 دېلولۇق ئورنى تولدى.")
        .containsEntry("phase", 2);
  }

  @Test
  void aPageIsNotGivenASentenceThatHasNoTranslation() {
    @SuppressWarnings("deprecation")
    InvalidInput untranslated = new InvalidInput("name", "is spelt oddly");

    assertThat(Problems.understood(untranslated, Locale.CHINESE).orElseThrow().membersForPages())
        .containsEntry("errors", List.of(Map.of("field", "name")));
    assertThat(Problems.understood(untranslated, Locale.ENGLISH).orElseThrow().membersForPages())
        .containsEntry("errors", List.of(Map.of("field", "name", "message", "is spelt oddly")));
    assertThat(Problems.of(untranslated, Locale.CHINESE).members())
        .containsEntry("errors", List.of(Map.of("field", "name", "message", "is spelt oddly")));
  }
}
