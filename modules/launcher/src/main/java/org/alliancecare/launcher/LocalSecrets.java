package org.alliancecare.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Secrets that a local installation with the embedded database keeps beside its data, generated on
 * first start: the key that protects identity numbers ({@code ALLIANCECARE_ID_KEY}). They are never
 * in the repository; an operator with an external database sets them in the environment.
 */
final class LocalSecrets {

  private LocalSecrets() {}

  /** The identity-number key kept in {@code <data>/secrets/id-key}, created on first use. */
  static String identityNumberKey(Path dataDirectory) throws IOException {
    return secret(dataDirectory.resolve("secrets"), "id-key");
  }

  /**
   * A random secret (32 bytes, Base64) kept in a file of the folder, readable by its owner only,
   * created on first use.
   */
  static String secret(Path secrets, String name) throws IOException {
    Path file = secrets.resolve(name);
    if (Files.isRegularFile(file)) {
      return Files.readString(file, StandardCharsets.US_ASCII).strip();
    }
    Files.createDirectories(secrets);
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    String encoded = Base64.getEncoder().encodeToString(key);
    Path written =
        Files.writeString(secrets.resolve(name + ".new"), encoded, StandardCharsets.US_ASCII);
    try {
      Files.setPosixFilePermissions(written, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException e) {
      // not a POSIX file system; the data directory's own permissions apply
    }
    Files.move(written, file);
    return encoded;
  }
}
