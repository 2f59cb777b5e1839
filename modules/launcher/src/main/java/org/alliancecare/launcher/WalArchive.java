package org.alliancecare.launcher;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Continuous archiving of the embedded database's write-ahead log into a folder ({@code
 * ALLIANCECARE_WAL_ARCHIVE_DIR}), for a base backup plus point-in-time recovery (see
 * docs/operations/backup-and-restore.md). The settings are kept with {@code ALTER SYSTEM} in the
 * cluster's {@code postgresql.auto.conf}; turning archiving on or off needs a restart of the
 * server, which {@link EmbeddedDatabase} does at once.
 *
 * @param folder where each completed WAL segment is copied, or {@code null} for no archiving
 */
record WalArchive(Path folder) {

  WalArchive {
    if (folder != null && (folder.toString().contains("'") || folder.toString().contains("\n"))) {
      throw new IllegalArgumentException(
          "ALLIANCECARE_WAL_ARCHIVE_DIR must not contain quotes or line breaks: " + folder);
    }
  }

  static WalArchive none() {
    return new WalArchive(null);
  }

  boolean enabled() {
    return folder != null;
  }

  /**
   * The {@code archive_command}: copies a segment unless the archive already has one of that name
   * (PostgreSQL then retries, and an operator sees why), to a temporary name first so that a
   * restore never reads a half-copied segment.
   */
  String command() {
    String target = folder.toAbsolutePath().toString();
    return "test ! -f '%s/%%f' && cp '%%p' '%s/%%f.part' && mv '%s/%%f.part' '%s/%%f'"
        .formatted(target, target, target, target);
  }

  /**
   * Brings the cluster's settings in line with this archive: answers whether the server must
   * restart for them to apply ({@code archive_mode} changed).
   */
  boolean apply(Connection connection) throws SQLException {
    String mode = setting(connection, "archive_mode");
    String command = setting(connection, "archive_command");
    boolean restart = false;
    try (Statement alter = connection.createStatement()) {
      if (enabled()) {
        if (!"on".equals(mode)) {
          alter.execute("ALTER SYSTEM SET archive_mode = 'on'");
          restart = true;
        }
        if (!command().equals(command)) {
          alter.execute(
              "ALTER SYSTEM SET archive_command = '" + command().replace("'", "''") + "'");
          alter.execute("SELECT pg_reload_conf()");
        }
      } else if (!"off".equals(mode)) {
        alter.execute("ALTER SYSTEM RESET archive_mode");
        alter.execute("ALTER SYSTEM RESET archive_command");
        restart = true;
      }
    }
    return restart;
  }

  private static String setting(Connection connection, String name) throws SQLException {
    try (PreparedStatement show =
        connection.prepareStatement("SELECT setting FROM pg_settings WHERE name = ?")) {
      show.setString(1, name);
      try (ResultSet rows = show.executeQuery()) {
        return rows.next() ? rows.getString(1) : null;
      }
    }
  }
}
