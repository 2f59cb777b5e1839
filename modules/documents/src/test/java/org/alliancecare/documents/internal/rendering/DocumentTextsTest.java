package org.alliancecare.documents.internal.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.alliancecare.screening.api.Outcome;
import org.alliancecare.screening.api.ScreeningKind;
import org.junit.jupiter.api.Test;

/**
 * The documents' texts exist in all three languages (issue 16: every sentence of every bundle in
 * zh, ug and en) with the same placeholders, and every result and kind a screening can have is said
 * on the slip: what it is, what it means, what to do next.
 */
class DocumentTextsTest {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{[0-9A-Za-z]+\\}");
  private static final Pattern ARABIC = Pattern.compile("\\p{IsArabic}");
  private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

  @Test
  void every_text_is_in_all_three_languages_with_the_same_placeholders() throws IOException {
    Map<String, String> english = texts("en");
    for (String language : new String[] {"zh", "ug"}) {
      Map<String, String> other = texts(language);
      assertThat(other.keySet()).as(language).isEqualTo(english.keySet());
      english.forEach(
          (key, text) ->
              assertThat(placeholders(other.get(key)))
                  .as(language + " " + key)
                  .isEqualTo(placeholders(text)));
    }
  }

  @Test
  void the_uyghur_texts_are_in_arabic_script_and_the_chinese_in_characters() throws IOException {
    assertThat(texts("ug"))
        .allSatisfy(
            (key, text) -> {
              assertThat(HAN.matcher(text).find()).as("Chinese in ug " + key).isFalse();
              assertThat(ARABIC.matcher(text).find()).as("ug " + key + " = " + text).isTrue();
            });
    assertThat(texts("zh"))
        .allSatisfy(
            (key, text) ->
                assertThat(ARABIC.matcher(text).find()).as("Uyghur in zh " + key).isFalse());
  }

  @Test
  void every_result_and_kind_of_a_screening_is_said_with_its_meaning_and_next_step()
      throws IOException {
    Map<String, String> english = texts("en");
    for (Outcome result : Outcome.values()) {
      assertThat(english)
          .containsKeys(
              "result." + result.name(), "meaning." + result.name(), "next." + result.name());
    }
    for (ScreeningKind kind : ScreeningKind.values()) {
      assertThat(english).containsKey("kind." + kind.name());
    }
  }

  private static Map<String, String> texts(String language) throws IOException {
    String name = "texts_" + language + ".properties";
    Properties properties = new Properties();
    try (InputStream in = Texts.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    Map<String, String> texts = new TreeMap<>();
    properties.forEach((key, value) -> texts.put((String) key, (String) value));
    return texts;
  }

  private static Set<String> placeholders(String text) {
    Set<String> found = new TreeSet<>();
    Matcher matcher = PLACEHOLDER.matcher(text);
    while (matcher.find()) {
      found.add(matcher.group());
    }
    return found;
  }
}
