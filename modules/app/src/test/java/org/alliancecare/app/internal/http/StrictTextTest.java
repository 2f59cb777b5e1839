package org.alliancecare.app.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.bind.JsonbException;
import java.util.List;
import org.junit.jupiter.api.Test;

class StrictTextTest {

  public record Practitioner(String name, String specialty, List<String> places) {}

  @Test
  void a_number_where_text_belongs_is_refused_instead_of_becoming_text() {
    assertThatThrownBy(
            () ->
                JsonBinding.JSONB.fromJson(
                    "{\"name\": 1e-400, \"specialty\": \"PEDIATRICS\"}", Practitioner.class))
        .isInstanceOf(JsonbException.class);
    assertThatThrownBy(() -> JsonBinding.JSONB.fromJson("{\"name\": true}", Practitioner.class))
        .isInstanceOf(JsonbException.class);
    assertThatThrownBy(
            () -> JsonBinding.JSONB.fromJson("{\"places\": [652922]}", Practitioner.class))
        .isInstanceOf(JsonbException.class);
  }

  @Test
  void text_and_null_bind_as_before() {
    Practitioner bound =
        JsonBinding.JSONB.fromJson(
            "{\"name\": \"古丽米拉·买买提\", \"specialty\": null, \"places\": [\"652922\"]}",
            Practitioner.class);

    assertThat(bound).isEqualTo(new Practitioner("古丽米拉·买买提", null, List.of("652922")));
  }
}
