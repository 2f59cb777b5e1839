package org.alliancecare.audit.internal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Instant;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class CanonicalJsonTest {

  private static JsonValue parse(String json) {
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      return reader.readValue();
    }
  }

  @Test
  void members_are_sorted_at_every_depth_and_arrays_keep_their_order() {
    assertThat(
            CanonicalJson.of(
                parse("{ \"b\": 1, \"a\": {\"z\": [3, 1, {\"y\":1,\"x\":2}], \"c\": null} }")))
        .isEqualTo("{\"a\":{\"c\":null,\"z\":[3,1,{\"x\":2,\"y\":1}]},\"b\":1}");
  }

  @Test
  void the_same_value_written_in_any_order_or_spacing_gives_the_same_text() {
    assertThat(CanonicalJson.of(parse("{\"kind\":\"VISION\",\"ok\":true,\"n\":1.50}")))
        .isEqualTo(
            CanonicalJson.of(parse("{ \"n\" : 1.50 , \"ok\" : true, \"kind\" : \"VISION\" }")));
  }

  @Test
  void only_quotes_backslashes_and_control_characters_are_escaped() {
    assertThat(CanonicalJson.string("Aksu \"阿克苏\" \\ /\n\u0001"))
        .isEqualTo("\"Aksu \\\"阿克苏\\\" \\\\ /\\n\\u0001\"");
    assertThat(CanonicalJson.string(null)).isEqualTo("null");
  }

  @Test
  void instants_have_six_fraction_digits_in_utc() {
    assertThat(CanonicalJson.instant(Instant.parse("2026-05-04T03:00:00Z")))
        .isEqualTo("2026-05-04T03:00:00.000000Z");
    assertThat(CanonicalJson.instant(Instant.parse("2026-05-04T03:00:00.987654321Z")))
        .isEqualTo("2026-05-04T03:00:00.987654Z");
  }

  @Property
  void any_string_survives_as_a_canonical_literal(@ForAll String text) {
    JsonValue parsed = parse("[" + CanonicalJson.string(text) + "]").asJsonArray().get(0);
    assertThat(((jakarta.json.JsonString) parsed).getString()).isEqualTo(text);
  }

  @Property
  void canonical_text_is_a_fixed_point(@ForAll String key, @ForAll String value, @ForAll int n) {
    String json =
        Json.createObjectBuilder()
            .add(key, value)
            .add("n", n)
            .add("z", Json.createArrayBuilder().add(value))
            .build()
            .toString();
    String once = CanonicalJson.of(parse(json));
    assertThat(CanonicalJson.of(parse(once))).isEqualTo(once);
  }
}
