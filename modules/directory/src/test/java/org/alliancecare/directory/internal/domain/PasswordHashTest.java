package org.alliancecare.directory.internal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class PasswordHashTest {

  private static final String PASSWORD = "Jiamu-clinic-2024";

  @Test
  void the_right_password_matches_and_others_do_not() {
    PasswordHash hash = PasswordHash.of(PASSWORD);
    assertThat(hash.matches(PASSWORD)).isTrue();
    assertThat(hash.matches("jiamu-clinic-2024")).isFalse();
    assertThat(hash.matches("")).isFalse();
    assertThat(hash.matches(null)).isFalse();
  }

  @Test
  void is_pbkdf2_sha256_with_at_least_210000_iterations_and_a_16_byte_salt() {
    String encoded = PasswordHash.of(PASSWORD).encoded();
    String[] parts = encoded.split("\\$");
    assertThat(parts).hasSize(4);
    assertThat(parts[0]).isEqualTo("pbkdf2-sha256");
    assertThat(Integer.parseInt(parts[1])).isGreaterThanOrEqualTo(210_000);
    assertThat(Base64.getDecoder().decode(parts[2])).hasSize(16);
    assertThat(Base64.getDecoder().decode(parts[3])).hasSize(32);
  }

  @Test
  void every_hash_has_its_own_salt() {
    assertThat(PasswordHash.of(PASSWORD).encoded())
        .isNotEqualTo(PasswordHash.of(PASSWORD).encoded());
  }

  @Test
  void a_stored_hash_reads_back_and_still_matches() {
    PasswordHash stored = PasswordHash.parse(PasswordHash.of(PASSWORD).encoded());
    assertThat(stored.matches(PASSWORD)).isTrue();
    assertThat(stored.iterations()).isEqualTo(PasswordHash.ITERATIONS);
  }

  @Test
  void an_unknown_user_costs_a_comparison_and_never_matches() {
    PasswordHash hash = PasswordHash.of(PASSWORD);
    assertThat(PasswordHash.matchesNobody(PASSWORD)).isFalse();
    hash.matches("warming up");
    long nobody = Long.MAX_VALUE;
    long wrong = Long.MAX_VALUE;
    for (int i = 0; i < 3; i++) {
      long began = System.nanoTime();
      PasswordHash.matchesNobody(PASSWORD);
      nobody = Math.min(nobody, System.nanoTime() - began);
      began = System.nanoTime();
      hash.matches("wrong password");
      wrong = Math.min(wrong, System.nanoTime() - began);
    }
    // the same PBKDF2 work: the fastest of three runs well within a factor of two of each other
    assertThat(nobody).isBetween(wrong / 2, wrong * 2);
  }

  @Test
  void never_shows_salt_or_hash() {
    PasswordHash hash = PasswordHash.of(PASSWORD);
    String[] parts = hash.encoded().split("\\$");
    assertThat(hash.toString()).doesNotContain(parts[2]).doesNotContain(parts[3]);
  }
}
