package org.alliancecare.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Milestone titles in the page's language (issue 13, item 6): the default templates' titles, stored
 * in English, are shown in Chinese on Chinese pages; a title a program wrote itself is shown as
 * written.
 */
class MilestoneTitlesTest {

  private static Names namesIn(Locale language) {
    Names names = new Names();
    names.texts =
        new Texts() {
          @Override
          public Locale locale() {
            return language;
          }
        };
    return names;
  }

  @Test
  void a_default_template_title_is_shown_in_the_pages_language() {
    Names chinese = namesIn(Locale.SIMPLIFIED_CHINESE);
    Names english = namesIn(Locale.ENGLISH);

    assertThat(chinese.milestone("HEARING", "AUDIOLOGICAL_DIAGNOSIS", "Audiological diagnosis"))
        .isEqualTo("听力学诊断");
    assertThat(
            chinese.milestone(
                "VISION", "FOLLOW_UP_3_MONTHS", "Follow-up 3 months after correction"))
        .isEqualTo("矫正后 3 个月随访");
    assertThat(english.milestone("HEARING", "AUDIOLOGICAL_DIAGNOSIS", "Audiological diagnosis"))
        .isEqualTo("Audiological diagnosis");
  }

  @Test
  void a_title_the_program_wrote_itself_is_shown_as_written() {
    Names chinese = namesIn(Locale.SIMPLIFIED_CHINESE);

    assertThat(chinese.milestone("HEARING", "AUDIOLOGICAL_DIAGNOSIS", "ABR at the MCH hospital"))
        .isEqualTo("ABR at the MCH hospital");
    assertThat(chinese.milestone("HEARING", "CUSTOM_STEP", "家访")).isEqualTo("家访");
  }
}
