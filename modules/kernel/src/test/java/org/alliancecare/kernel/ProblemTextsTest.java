package org.alliancecare.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.alliancecare.kernel.InvalidInput.FieldError;
import org.junit.jupiter.api.Test;

class ProblemTextsTest {

  private static final Locale UYGHUR = Locale.forLanguageTag("ug-CN");

  @Test
  void aKeyedErrorReadsInEnglishAsTheSentenceTheCodeUsedToBuild() {
    FieldError error = FieldError.of("name", "at-most-characters", 100);

    assertThat(error.message()).isEqualTo("must be at most 100 characters");
    assertThat(error.key()).isEqualTo("error.at-most-characters");
    assertThat(error.messageIn(Locale.CHINA)).isEqualTo("最多 100 个字符");
    assertThat(error.messageIn(UYGHUR)).isEqualTo("ئەڭ كۆپ بولسا 100 ھەرپ بولۇشى كېرەك");
    assertThat(error.messageIn(Locale.FRENCH)).isEqualTo("must be at most 100 characters");
  }

  @Test
  void argumentsAreFilledVerbatimWithoutNumberFormatting() {
    FieldError error = FieldError.of("limit", "between-1-and", 1000);

    assertThat(error.message()).isEqualTo("must be between 1 and 1000");
    assertThat(ProblemTexts.fill("{0} and {1} and {2}", List.of("a", "b")))
        .isEqualTo("a and b and {2}");
    assertThat(ProblemTexts.fill("phase {phase} of {quota}", Map.of("phase", 2, "quota", 30)))
        .isEqualTo("phase 2 of 30");
  }

  @Test
  void anErrorGivenByItsEnglishSentenceIsFoundInTheCatalogue() {
    @SuppressWarnings("deprecation")
    FieldError error = new FieldError("placeCode", "is required");

    assertThat(error.translated()).isTrue();
    assertThat(error.messageIn(Locale.CHINESE)).isEqualTo("必须填写");
  }

  @Test
  void anErrorWithoutKeyStaysAsWrittenAndIsEqualToItsKeyedTwin() {
    @SuppressWarnings("deprecation")
    FieldError free = new FieldError("name", "must be at most 100 characters");
    @SuppressWarnings("deprecation")
    FieldError unknown = new FieldError("name", "is spelt oddly");

    assertThat(unknown.translated()).isFalse();
    assertThat(unknown.messageIn(UYGHUR)).isEqualTo("is spelt oddly");
    assertThat(free).isEqualTo(FieldError.of("name", "at-most-characters", 100));
  }

  @Test
  void anErrorMovedUnderAnotherFieldKeepsItsSentence() {
    FieldError moved = FieldError.of("givenOn", "cannot-in-future").about("consent.givenOn");

    assertThat(moved.field()).isEqualTo("consent.givenOn");
    assertThat(moved.messageIn(Locale.CHINESE)).isEqualTo("不能是将来的日期");
  }

  @Test
  void aRuleSaysItsOwnMessageInEnglishAndTheCataloguesSentenceWithItsMembersElsewhere() {
    BusinessRuleViolation quota =
        new BusinessRuleViolation(
            "phase-quota-reached",
            "Phase 2 of program CATARACT-2026 has reached its quota of 30 cases.",
            Map.of("phase", 2, "quota", 30)) {};

    assertThat(quota.message(Locale.ENGLISH))
        .isEqualTo("Phase 2 of program CATARACT-2026 has reached its quota of 30 cases.");
    assertThat(quota.message(Locale.CHINA)).isEqualTo("第 2 期已满 30 个名额。");
    assertThat(quota.message(UYGHUR)).isEqualTo("2-باسقۇچنىڭ 30 دېلولۇق ئورنى تولدى.");
  }
}
