package org.alliancecare.directory.internal.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.alliancecare.kernel.InvalidInput.FieldError;

/**
 * What a password must be (API.md, Session and accounts): at least 12 characters, and not a common
 * password. A password is common when it is on the list of common passwords ({@code
 * common-passwords.txt}, John the Ripper's public-domain list) ignoring case, also after dropping
 * trailing digits and symbols ({@code Password1234!} is {@code password}); a password of fewer than
 * five different characters, or the username (also with digits and symbols appended), counts as
 * common too.
 */
public final class PasswordPolicy {

  public static final int MINIMUM_LENGTH = 12;
  public static final int MAXIMUM_LENGTH = 256;
  private static final Set<String> COMMON = load();

  private PasswordPolicy() {}

  /** Why this password is refused, in English words for the person choosing it; empty when fine. */
  public static Optional<String> refusal(String password, String username) {
    return refusal(password, username, "password").map(FieldError::message);
  }

  /** The same as the field error of {@code field}, which says it in the caller's language. */
  public static Optional<FieldError> refusal(String password, String username, String field) {
    if (password == null || password.isEmpty()) {
      return Optional.of(FieldError.of(field, "required"));
    }
    int length = password.codePointCount(0, password.length());
    if (length < MINIMUM_LENGTH) {
      return Optional.of(FieldError.of(field, "at-least-characters-long", MINIMUM_LENGTH));
    }
    if (length > MAXIMUM_LENGTH) {
      return Optional.of(FieldError.of(field, "at-most-characters-long", MAXIMUM_LENGTH));
    }
    if (isCommon(password, username)) {
      return Optional.of(FieldError.of(field, "password-too-common"));
    }
    return Optional.empty();
  }

  static boolean isCommon(String password, String username) {
    String lower = password.toLowerCase(Locale.ROOT);
    if (COMMON.contains(lower)) {
      return true;
    }
    String stem = lower.replaceAll("[\\p{N}\\p{P}\\p{S}\\s]+$", "");
    if (stem.isEmpty() || COMMON.contains(stem)) {
      return true;
    }
    if (lower.codePoints().distinct().count() < 5) {
      return true;
    }
    return username != null && stem.equals(username.strip().toLowerCase(Locale.ROOT));
  }

  private static Set<String> load() {
    Set<String> common = new HashSet<>();
    try (InputStream in = PasswordPolicy.class.getResourceAsStream("common-passwords.txt")) {
      if (in == null) {
        throw new IllegalStateException("common-passwords.txt is missing from the build");
      }
      BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          common.add(line.strip().toLowerCase(Locale.ROOT));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Set.copyOf(common);
  }

  static int commonPasswords() {
    return COMMON.size();
  }
}
