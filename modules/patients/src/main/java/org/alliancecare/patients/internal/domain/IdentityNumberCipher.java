package org.alliancecare.patients.internal.domain;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keeps resident identity numbers unreadable at rest: AES-256-GCM with a random 96-bit nonce for
 * the stored value, and an HMAC-SHA256 of the number for equality look-ups and duplicate detection.
 * Both keys are derived from the one configured master key ({@code ALLIANCECARE_ID_KEY}, 32 bytes
 * in Base64), so the look-up hash cannot be recomputed without it.
 */
public final class IdentityNumberCipher {

  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final byte VERSION = 1;

  private final SecretKeySpec encryptionKey;
  private final SecretKeySpec lookupKey;
  private final SecureRandom random = new SecureRandom();

  public IdentityNumberCipher(byte[] masterKey) {
    if (masterKey == null || masterKey.length != 32) {
      throw new IllegalArgumentException("the identity number key must be 32 bytes");
    }
    this.encryptionKey = new SecretKeySpec(derive(masterKey, "encryption"), "AES");
    this.lookupKey = new SecretKeySpec(derive(masterKey, "lookup"), "HmacSHA256");
  }

  /**
   * From the configured Base64 text; a missing or malformed key is refused with a clear message.
   */
  public static IdentityNumberCipher fromBase64(String key) {
    if (key == null || key.isBlank()) {
      throw new IllegalStateException(
          "ALLIANCECARE_ID_KEY is not set: it must be 32 random bytes in Base64"
              + " (e.g. `openssl rand -base64 32`)");
    }
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(key.strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("ALLIANCECARE_ID_KEY is not Base64");
    }
    if (bytes.length != 32) {
      throw new IllegalStateException("ALLIANCECARE_ID_KEY must decode to 32 bytes");
    }
    return new IdentityNumberCipher(bytes);
  }

  /** Version byte, nonce, then ciphertext with its tag. */
  public byte[] encrypt(ResidentIdNumber number) {
    byte[] nonce = new byte[NONCE_BYTES];
    random.nextBytes(nonce);
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(new byte[] {VERSION});
      byte[] sealed = cipher.doFinal(number.value().getBytes(StandardCharsets.US_ASCII));
      return ByteBuffer.allocate(1 + NONCE_BYTES + sealed.length)
          .put(VERSION)
          .put(nonce)
          .put(sealed)
          .array();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
    }
  }

  public ResidentIdNumber decrypt(byte[] stored) {
    if (stored.length < 1 + NONCE_BYTES + TAG_BITS / 8 || stored[0] != VERSION) {
      throw new IllegalStateException("not an identity number sealed by this application");
    }
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(
          Cipher.DECRYPT_MODE,
          encryptionKey,
          new GCMParameterSpec(TAG_BITS, Arrays.copyOfRange(stored, 1, 1 + NONCE_BYTES)));
      cipher.updateAAD(new byte[] {VERSION});
      byte[] plain = cipher.doFinal(stored, 1 + NONCE_BYTES, stored.length - 1 - NONCE_BYTES);
      return new ResidentIdNumber(new String(plain, StandardCharsets.US_ASCII));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the identity number cannot be decrypted with this key", e);
    }
  }

  /** The keyed hash that finds a patient by number without decrypting anything. */
  public byte[] lookupHash(ResidentIdNumber number) {
    return hmac(lookupKey, number.value().getBytes(StandardCharsets.US_ASCII));
  }

  private static byte[] derive(byte[] masterKey, String purpose) {
    return hmac(
        new SecretKeySpec(masterKey, "HmacSHA256"),
        ("alliancecare/national-id/" + purpose).getBytes(StandardCharsets.US_ASCII));
  }

  private static byte[] hmac(SecretKeySpec key, byte[] data) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return mac.doFinal(data);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
    }
  }
}
