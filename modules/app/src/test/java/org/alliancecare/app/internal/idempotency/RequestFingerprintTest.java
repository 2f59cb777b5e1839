package org.alliancecare.app.internal.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class RequestFingerprintTest {

  private static final Supplier<String> NO_BOUND_FORM =
      () -> {
        throw new AssertionError("the bound form is made only for a key stored in that form");
      };

  private static String of(String target, String body) {
    return RequestFingerprint.of(
            "POST", target, body.getBytes(StandardCharsets.UTF_8), NO_BOUND_FORM)
        .value();
  }

  @Test
  void the_same_json_value_in_another_order_and_spacing_has_the_same_fingerprint() {
    assertThat(of("/api/probe", "{\"name\": \"Aksu\", \"capacity\": 5}"))
        .isEqualTo(of("/api/probe", "{ \"capacity\" : 5,\n \"name\":\"Aksu\" }"))
        .startsWith(RequestFingerprint.BODY_FORM);
  }

  @Test
  void a_null_member_is_the_same_as_one_left_out_and_numbers_compare_by_value() {
    assertThat(of("/api/s", "{\"notes\": null, \"m\": {\"v\": 0.50}}"))
        .isEqualTo(of("/api/s", "{\"m\": {\"v\": 0.5}}"));
    assertThat(of("/api/s", "{\"capacity\": 5}")).isEqualTo(of("/api/s", "{\"capacity\": 5.0}"));
  }

  @Test
  void another_value_array_order_path_or_text_is_another_fingerprint() {
    String first = of("/api/s", "{\"name\": \"Aksu\", \"list\": [1, 2]}");
    assertThat(of("/api/s", "{\"name\": \"Kuqa\", \"list\": [1, 2]}")).isNotEqualTo(first);
    assertThat(of("/api/s", "{\"name\": \"Aksu\", \"list\": [2, 1]}")).isNotEqualTo(first);
    assertThat(of("/api/t", "{\"name\": \"Aksu\", \"list\": [1, 2]}")).isNotEqualTo(first);
    assertThat(of("/api/s", "{\"name\": \"Aksu\", \"list\": [\"1\", 2]}")).isNotEqualTo(first);
    assertThat(of("/api/s", "{\"name\": \"Ak\\\"su\", \"list\": [1, 2]}")).isNotEqualTo(first);
  }

  @Test
  void a_key_stored_with_the_bound_form_is_compared_by_that_form_made_only_then() {
    AtomicInteger made = new AtomicInteger();
    RequestFingerprint fingerprint =
        RequestFingerprint.of(
            "POST",
            "/api/s",
            "{\"a\": 1}".getBytes(StandardCharsets.UTF_8),
            () -> {
              made.incrementAndGet();
              return "0f".repeat(32);
            });
    assertThat(made).hasValue(0);
    assertThat(fingerprint.matches(fingerprint.value())).isTrue();
    assertThat(made).hasValue(0);
    assertThat(fingerprint.matches("0f".repeat(32))).isTrue();
    assertThat(fingerprint.matches("ab".repeat(32))).isFalse();
    assertThat(fingerprint.matches(RequestFingerprint.BODY_FORM + "ab".repeat(32))).isFalse();
  }

  @Test
  void a_body_that_is_not_json_is_fingerprinted_by_the_bound_form() {
    RequestFingerprint fingerprint =
        RequestFingerprint.of(
            "POST", "/api/s", "{not json".getBytes(StandardCharsets.UTF_8), () -> "bound");
    assertThat(fingerprint.value()).isEqualTo("bound");
    assertThat(RequestFingerprint.of("POST", "/api/s", null, () -> "bound").value())
        .isEqualTo("bound");
  }
}
