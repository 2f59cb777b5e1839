package org.alliancecare.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JsonStringsTest {

  private static String quoted(String text) {
    StringBuilder out = new StringBuilder("x=");
    JsonStrings.quote(text, out);
    return out.toString();
  }

  @Test
  void only_what_json_requires_is_escaped_with_the_short_forms_where_json_has_them() {
    assertThat(quoted("say \"hi\" \\ ok")).isEqualTo("x=\"say \\\"hi\\\" \\\\ ok\"");
    assertThat(quoted("\b\f\n\r\t")).isEqualTo("x=\"\\b\\f\\n\\r\\t\"");
    assertThat(quoted("\u0000\u0001\u001f")).isEqualTo("x=\"\\u0000\\u0001\\u001f\"");
  }

  @Test
  void other_text_is_written_as_it_is() {
    assertThat(quoted("")).isEqualTo("x=\"\"");
    assertThat(quoted("艾则孜 ئەزىز / é \u007f \u2028"))
        .isEqualTo("x=\"艾则孜 ئەزىز / é \u007f \u2028\"");
  }
}
