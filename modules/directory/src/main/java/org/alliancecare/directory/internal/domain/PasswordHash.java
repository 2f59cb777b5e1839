package org.alliancecare.directory.internal.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * A password as it is stored: PBKDF2-HMAC-SHA256 with a per-account random 16-byte salt and 210,000
 * iterations (OWASP's figure for PBKDF2-HMAC-SHA256), encoded as {@code
 * pbkdf2-sha256$<iterations>$<salt>$<hash>} so that the iteration count can rise later without
 * invalidating stored hashes. Comparison is constant-time.
 */
public final class PasswordHash {

  public static final int ITERATIONS = 210_000;
  static final String SCHEME = "pbkdf2-sha256";
  private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
  private static final int SALT_BYTES = 16;
  private static final int HASH_BITS = 256;
  private static final SecureRandom RANDOM = new SecureRandom();

  /**
   * A hash of a password nobody has, compared against when the account does not exist, so that an
   * unknown username costs the same time as a wrong password.
   */
  private static final PasswordHash NOBODY =
      of(new String(randomBytes(24), StandardCharsets.ISO_8859_1));

  private final int iterations;
  private final byte[] salt;
  private final byte[] hash;

  private PasswordHash(int iterations, byte[] salt, byte[] hash) {
    this.iterations = iterations;
    this.salt = salt;
    this.hash = hash;
  }

  /** Hashes a new password with a fresh salt. */
  public static PasswordHash of(String password) {
    byte[] salt = randomBytes(SALT_BYTES);
    return new PasswordHash(ITERATIONS, salt, derive(password, salt, ITERATIONS));
  }

  /** Reads a stored hash. */
  public static PasswordHash parse(String encoded) {
    String[] parts = Objects.requireNonNull(encoded, "encoded").split("\\$");
    if (parts.length != 4 || !parts[0].equals(SCHEME)) {
      throw new IllegalArgumentException("not a " + SCHEME + " password hash");
    }
    Base64.Decoder base64 = Base64.getDecoder();
    return new PasswordHash(
        Integer.parseInt(parts[1]), base64.decode(parts[2]), base64.decode(parts[3]));
  }

  /** Whether the password is the one hashed here (constant-time comparison). */
  public boolean matches(String password) {
    if (password == null) {
      password = "";
    }
    return MessageDigest.isEqual(hash, derive(password, salt, iterations));
  }

  /**
   * Spends the time of one comparison without any account, and answers {@code false}: for unknown
   * usernames.
   */
  public static boolean matchesNobody(String password) {
    NOBODY.matches(password == null ? "" : password);
    return false;
  }

  public String encoded() {
    Base64.Encoder base64 = Base64.getEncoder();
    return SCHEME
        + '$'
        + iterations
        + '$'
        + base64.encodeToString(salt)
        + '$'
        + base64.encodeToString(hash);
  }

  public int iterations() {
    return iterations;
  }

  /** Never shows the salt or the hash. */
  @Override
  public String toString() {
    return "PasswordHash[" + SCHEME + ", " + iterations + " iterations]";
  }

  private static byte[] derive(String password, byte[] salt, int iterations) {
    PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, HASH_BITS);
    try {
      return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(ALGORITHM + " is part of every Java runtime", e);
    } finally {
      spec.clearPassword();
    }
  }

  private static byte[] randomBytes(int n) {
    byte[] bytes = new byte[n];
    RANDOM.nextBytes(bytes);
    return bytes;
  }
}
