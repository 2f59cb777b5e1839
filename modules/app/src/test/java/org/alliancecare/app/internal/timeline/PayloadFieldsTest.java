package org.alliancecare.app.internal.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PayloadFieldsTest {

  private static final String PAYLOAD =
      "{\"a\":{\"kind\":\"inner\",\"x\":[1,{\"y\":\"}]\"}]},\"clinicId\":null,"
          + "\"esc\":\"say \\\"hi\\\" \\\\ \\u0001 \\u00e9\",\"kind\":\"HEARING\",\"list\":[\"b\","
          + "\"a\"],\"n\":-1.25E+2,\"no\":false,\"s\\\"q\":\"quoted key\",\"version\":2,"
          + "\"tail\":\"ends in a backslash \\\\\",\"after\":\"\\\"\",\"z\":\"磨坊 — 阿\"}";

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "a",
        "clinicId",
        "esc",
        "kind",
        "list",
        "n",
        "no",
        "s\"q",
        "version",
        "z",
        "tail",
        "after",
        "x",
        "y",
        "missing",
        "inner",
        "k"
      })
  void a_field_is_the_value_the_parsed_payload_holds(String field) {
    JsonObject parsed = Json.createReader(new StringReader(PAYLOAD)).readObject();

    assertThat(PayloadFields.of(PAYLOAD).get(field)).isEqualTo(parsed.get(field));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {"{}", "{\"kind\":\"\"}", "[]", ""})
  void an_empty_or_odd_payload_answers_what_it_holds(String payload) {
    String expected = payload.equals("{\"kind\":\"\"}") ? "" : null;

    assertThat(PayloadFields.of(payload).string("kind")).isEqualTo(expected);
  }
}
