package org.alliancecare.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A sentence filled for a right-to-left page keeps its dates, numbers and non-Arabic names in their
 * own order: each such value is a left-to-right isolate (U+2066 … U+2069); Uyghur values and
 * left-to-right pages are left as they are.
 */
class SentenceDirectionTest {

  private static final String SENTENCE =
      "{actor} بالىنى تىزىملىدى: تۇغۇلغان چېسلاسى {birthDate}، {place}";

  @Test
  void on_a_right_to_left_page_dates_codes_and_chinese_names_are_left_to_right_isolates() {
    String filled =
        Texts.fill(
            SENTENCE, Map.of("actor", "مىھراي", "birthDate", "2019-06-10", "place", "佳木镇"), true);
    assertThat(filled)
        .isEqualTo(
            "مىھراي بالىنى تىزىملىدى: تۇغۇلغان چېسلاسى \u20662019-06-10\u2069، \u2066佳木镇\u2069");
  }

  @Test
  void on_a_left_to_right_page_the_values_are_written_as_they_are() {
    assertThat(Texts.fill("born {birthDate}", Map.of("birthDate", "2019-06-10"), false))
        .isEqualTo("born 2019-06-10");
    assertThat(Texts.fill("born {birthDate}", Map.of("birthDate", "2019-06-10")))
        .isEqualTo("born 2019-06-10");
  }
}
