package org.alliancecare.app.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.alliancecare.kernel.ProblemTexts;
import org.junit.jupiter.api.Test;

class ProblemLanguageTest {

  @Test
  void noHeaderOrNoneOfOurLanguagesIsEnglish() {
    assertThat(ProblemLanguage.of(null)).isEqualTo(ProblemTexts.ENGLISH);
    assertThat(ProblemLanguage.of("")).isEqualTo(ProblemTexts.ENGLISH);
    assertThat(ProblemLanguage.of("fr-FR, de;q=0.8")).isEqualTo(ProblemTexts.ENGLISH);
    assertThat(ProblemLanguage.of("*")).isEqualTo(ProblemTexts.ENGLISH);
    assertThat(ProblemLanguage.of("this is ;;; not a header")).isEqualTo(ProblemTexts.ENGLISH);
  }

  @Test
  void anyRegionOrScriptOfALanguageCounts() {
    assertThat(ProblemLanguage.of("zh-CN")).isEqualTo(ProblemTexts.CHINESE);
    assertThat(ProblemLanguage.of("zh-Hans-CN")).isEqualTo(ProblemTexts.CHINESE);
    assertThat(ProblemLanguage.of("zh")).isEqualTo(ProblemTexts.CHINESE);
    assertThat(ProblemLanguage.of("ug-CN")).isEqualTo(ProblemTexts.UYGHUR);
    assertThat(ProblemLanguage.of("ug-Arab")).isEqualTo(ProblemTexts.UYGHUR);
    assertThat(ProblemLanguage.of("en-GB")).isEqualTo(ProblemTexts.ENGLISH);
  }

  @Test
  void theMostPreferredOfOurLanguagesWinsByQValue() {
    assertThat(ProblemLanguage.of("en;q=0.5, ug-CN;q=0.9, zh-CN;q=0.7"))
        .isEqualTo(ProblemTexts.UYGHUR);
    assertThat(ProblemLanguage.of("fr, zh-CN;q=0.8, en;q=0.6")).isEqualTo(ProblemTexts.CHINESE);
    assertThat(ProblemLanguage.of("ug, zh")).isEqualTo(ProblemTexts.UYGHUR);
  }

  @Test
  void aRefusedLanguageIsNeverChosen() {
    assertThat(ProblemLanguage.of("zh-CN;q=0, ug;q=0.1")).isEqualTo(ProblemTexts.UYGHUR);
    assertThat(ProblemLanguage.of("ug;q=0")).isEqualTo(ProblemTexts.ENGLISH);
  }
}
