package org.alliancecare.directory.internal.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Bearer tokens: 32 random bytes from {@link SecureRandom} in URL-safe Base64 (43 characters),
 * handed to the client once. Only their SHA-256 is stored; a slow hash is not needed for 256 random
 * bits, and a fast one keeps the per-request check cheap.
 */
public final class SessionToken {

  private static final int TOKEN_BYTES = 32;
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");

  private SessionToken() {}

  public static String generate() {
    byte[] bytes = new byte[TOKEN_BYTES];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** Whether the text could be a token we handed out (so that junk is refused without a query). */
  public static boolean wellFormed(String token) {
    return token != null && SHAPE.matcher(token).matches();
  }

  /** The stored form: SHA-256 of the token, in hex. */
  public static String hashOf(String token) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha256.digest(token.getBytes(StandardCharsets.US_ASCII)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
