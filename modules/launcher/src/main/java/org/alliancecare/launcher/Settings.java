package org.alliancecare.launcher;

import java.nio.file.Path;
import java.util.Map;

/**
 * What the launcher needs to know, from the environment (the same names the application reads
 * through MicroProfile Config).
 *
 * @param home the checkout (or installation) whose {@code config/} holds the runtime configuration
 * @param dist the folder with the launcher, {@code payara-micro.jar} and {@code alliancecare.war}
 * @param dataDirectory where the embedded database keeps its data between runs
 * @param externalDatabaseUrl the configured database, or {@code null} for the embedded one
 * @param walArchive where the embedded database archives its write-ahead log ({@code
 *     ALLIANCECARE_WAL_ARCHIVE_DIR}), if anywhere
 */
record Settings(
    Path home,
    Path dist,
    Path dataDirectory,
    int httpPort,
    String externalDatabaseUrl,
    int embeddedDatabasePort,
    String javaOptions,
    WalArchive walArchive) {

  static final int DEFAULT_HTTP_PORT = 8080;
  static final String DEFAULT_JAVA_OPTIONS = "-Xms192m -Xmx512m -XX:+UseSerialGC";

  static Settings from(Map<String, String> environment, Path home, Path dist) {
    String dataDirectory = environment.get("ALLIANCECARE_DATA_DIR");
    String databaseUrl = environment.get("ALLIANCECARE_DB_URL");
    return new Settings(
        home,
        dist,
        blank(dataDirectory) ? home.resolve("var") : Path.of(dataDirectory).toAbsolutePath(),
        port(environment, "ALLIANCECARE_HTTP_PORT", DEFAULT_HTTP_PORT),
        blank(databaseUrl) ? null : databaseUrl,
        port(environment, "ALLIANCECARE_EMBEDDED_DB_PORT", 0),
        environment.getOrDefault("ALLIANCECARE_JAVA_OPTS", DEFAULT_JAVA_OPTIONS),
        walArchive(environment.get("ALLIANCECARE_WAL_ARCHIVE_DIR")));
  }

  private static WalArchive walArchive(String folder) {
    return blank(folder) ? WalArchive.none() : new WalArchive(Path.of(folder).toAbsolutePath());
  }

  boolean embeddedDatabase() {
    return externalDatabaseUrl == null;
  }

  static int port(Map<String, String> environment, String name, int fallback) {
    String value = environment.get(name);
    if (blank(value)) {
      return fallback;
    }
    try {
      int port = Integer.parseInt(value.strip());
      if (port < 0 || port > 65535) {
        throw new NumberFormatException();
      }
      return port;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a port number, not '" + value + "'");
    }
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
