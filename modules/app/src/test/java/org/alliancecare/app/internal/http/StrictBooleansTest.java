package org.alliancecare.app.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.bind.JsonbException;
import org.junit.jupiter.api.Test;

class StrictBooleansTest {

  public record Registration(String name, Boolean acknowledgeDuplicates) {}

  @Test
  void a_number_or_text_where_yes_or_no_belongs_is_refused() {
    for (String value : new String[] {"2", "123456789012345678901234567890.5", "\"yes\"", "[]"}) {
      assertThatThrownBy(
              () ->
                  JsonBinding.JSONB.fromJson(
                      "{\"name\": \"热依拉\", \"acknowledgeDuplicates\": " + value + "}",
                      Registration.class))
          .as(value)
          .isInstanceOf(JsonbException.class);
    }
  }

  @Test
  void true_false_and_null_bind_as_before() {
    assertThat(JsonBinding.JSONB.fromJson("{\"acknowledgeDuplicates\": true}", Registration.class))
        .isEqualTo(new Registration(null, true));
    assertThat(JsonBinding.JSONB.fromJson("{\"acknowledgeDuplicates\": false}", Registration.class))
        .isEqualTo(new Registration(null, false));
    assertThat(JsonBinding.JSONB.fromJson("{\"acknowledgeDuplicates\": null}", Registration.class))
        .isEqualTo(new Registration(null, null));
  }
}
