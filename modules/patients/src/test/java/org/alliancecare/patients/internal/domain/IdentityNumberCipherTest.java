package org.alliancecare.patients.internal.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class IdentityNumberCipherTest {

  private static final byte[] KEY = new byte[32];

  static {
    Arrays.fill(KEY, (byte) 7);
  }

  private final IdentityNumberCipher cipher = new IdentityNumberCipher(KEY);
  private final ResidentIdNumber number = new ResidentIdNumber(ResidentIdNumberTest.XINHE_GIRL);

  @Test
  void encrypted_numbers_decrypt_to_the_original_and_contain_no_plaintext() {
    byte[] sealed = cipher.encrypt(number);
    assertThat(cipher.decrypt(sealed)).isEqualTo(number);
    assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("20150315");
  }

  @Test
  void encrypting_twice_gives_different_ciphertexts_but_one_lookup_hash() {
    assertThat(cipher.encrypt(number)).isNotEqualTo(cipher.encrypt(number));
    assertThat(cipher.lookupHash(number)).isEqualTo(cipher.lookupHash(number));
  }

  @Test
  void another_key_gives_another_lookup_hash_and_cannot_decrypt() {
    byte[] other = new byte[32];
    IdentityNumberCipher stranger = new IdentityNumberCipher(other);
    assertThat(stranger.lookupHash(number)).isNotEqualTo(cipher.lookupHash(number));
    byte[] sealed = cipher.encrypt(number);
    assertThatThrownBy(() -> stranger.decrypt(sealed)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void a_tampered_ciphertext_is_refused() {
    byte[] sealed = cipher.encrypt(number);
    sealed[sealed.length - 1] ^= 1;
    assertThatThrownBy(() -> cipher.decrypt(sealed)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void a_missing_or_short_key_is_refused_with_a_clear_message() {
    assertThatThrownBy(() -> IdentityNumberCipher.fromBase64(null))
        .hasMessageContaining("ALLIANCECARE_ID_KEY");
    assertThatThrownBy(
            () -> IdentityNumberCipher.fromBase64(Base64.getEncoder().encodeToString(new byte[16])))
        .hasMessageContaining("32 bytes");
  }
}
