package org.alliancecare.directory.internal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SessionTokenTest {

  @Test
  void tokens_are_256_random_bits_in_url_safe_base64() {
    Set<String> tokens = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      String token = SessionToken.generate();
      assertThat(token).hasSize(43).matches("[A-Za-z0-9_-]+");
      assertThat(SessionToken.wellFormed(token)).isTrue();
      tokens.add(token);
    }
    assertThat(tokens).hasSize(1000);
  }

  @Test
  void only_the_sha256_of_a_token_is_stored() {
    String token = SessionToken.generate();
    String hash = SessionToken.hashOf(token);
    assertThat(hash).hasSize(64).matches("[0-9a-f]+").doesNotContain(token);
    assertThat(SessionToken.hashOf(token)).isEqualTo(hash);
  }

  @Test
  void junk_is_not_a_token() {
    assertThat(SessionToken.wellFormed(null)).isFalse();
    assertThat(SessionToken.wellFormed("xxx")).isFalse();
    assertThat(SessionToken.wellFormed("a".repeat(42) + "=")).isFalse();
  }
}
