package org.alliancecare.app.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.alliancecare.kernel.InvalidInput;
import org.junit.jupiter.api.Test;

class JsonTextLimitsTest {

  private static byte[] json(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void a_nul_character_in_a_name_is_named_as_the_bad_field() {
    assertThat(
            JsonTextLimits.unstorableFields(
                json("{\"code\": \"QM2\", \"nameZh\": \"启明\\u0000行动\", \"nameEn\": \"Qiming\"}")))
        .containsExactly("nameZh");
  }

  @Test
  void an_unpaired_surrogate_is_refused_wherever_it_is_nested() {
    assertThat(
            JsonTextLimits.unstorableFields(
                json(
                    "{\"name\": \"热依拉\", \"guardians\": [{\"name\": \"ok\"},"
                        + " {\"name\": \"a\\ud800b\"}], \"note\": \"\\udc00\"}")))
        .containsExactly("guardians[1].name", "note");
  }

  @Test
  void a_field_name_with_nul_is_refused_too() {
    assertThat(JsonTextLimits.unstorableFields(json("{\"na\\u0000me\": 1}")))
        .containsExactly("na\u0000me");
  }

  @Test
  void uyghur_chinese_right_to_left_combining_marks_and_emoji_are_stored_as_they_are() {
    assertThat(
            JsonTextLimits.unstorableFields(
                json(
                    "{\"name\": \"ئايگۈل·تۇرسۇن 阿依古丽\", \"note\": \"e\\u0301 \\ud83d\\ude00"
                        + " \\u202e\", \"n\": [1, true, null]}")))
        .isEmpty();
  }

  @Test
  void a_body_nested_deeper_than_64_levels_is_refused_naming_where() {
    String deep = "[".repeat(5_000) + "1" + "]".repeat(5_000);

    assertThatThrownBy(() -> JsonTextLimits.unstorableFields(json("{\"note\": " + deep + "}")))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e -> {
              assertThat(e.errors().get(0).field()).startsWith("note[0][0]");
              assertThat(e.errors().get(0).message()).contains("64 levels");
            });
    assertThat(
            JsonTextLimits.unstorableFields(
                json("{\"a\": " + "[".repeat(60) + "]".repeat(60) + "}")))
        .isEmpty();
  }

  @Test
  void text_that_is_not_json_is_left_to_the_json_binding() {
    assertThat(JsonTextLimits.unstorableFields(json("{\"name\": \"\\u0000"))).isEmpty();
    assertThat(JsonTextLimits.unstorableFields(json("<xml/>"))).isEmpty();
  }

  @Test
  void ordinary_text_is_seen_within_the_limits_without_parsing() {
    assertThat(
            JsonTextLimits.plainlyWithinLimits(
                "{\"name\": \"阿依古丽·吐尔逊 😀\", \"note\": \"a \\\"quoted\\\" \\\\ line\\n\", \"a\": [1, {\"b\": null}]}"
                    .getBytes(StandardCharsets.UTF_8)))
        .isTrue();
  }

  @Test
  void escapes_nul_bytes_surrogate_bytes_and_deep_nesting_are_left_to_the_parse() {
    assertThat(JsonTextLimits.plainlyWithinLimits(bytes("{\"a\": \"x\\u0041\"}"))).isFalse();
    assertThat(JsonTextLimits.plainlyWithinLimits(bytes("{\"a\": \"\\\\\\u0000\"}"))).isFalse();
    assertThat(JsonTextLimits.plainlyWithinLimits(new byte[] {'"', 0, '"'})).isFalse();
    assertThat(
            JsonTextLimits.plainlyWithinLimits(
                new byte[] {'"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"'}))
        .isFalse();
    assertThat(JsonTextLimits.plainlyWithinLimits(bytes("[".repeat(64) + "]".repeat(64))))
        .isFalse();
    assertThat(JsonTextLimits.plainlyWithinLimits(bytes("[".repeat(63) + "]".repeat(63)))).isTrue();
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
