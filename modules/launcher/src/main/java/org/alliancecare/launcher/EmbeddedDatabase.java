package org.alliancecare.launcher;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A real PostgreSQL (zonky's embedded binaries) whose cluster lives in the data directory and
 * survives restarts; the application's data is in its {@code alliancecare} database. Under root the
 * server runs in a user namespace, as PostgreSQL refuses to run as root.
 */
final class EmbeddedDatabase implements AutoCloseable {

  static final String DATABASE = "alliancecare";
  static final String USER = "postgres";

  private final EmbeddedPostgres postgres;

  private EmbeddedDatabase(EmbeddedPostgres postgres) {
    this.postgres = postgres;
  }

  static EmbeddedDatabase start(Path dataDirectory, int port, WalArchive archive)
      throws IOException, SQLException {
    Path cluster = dataDirectory.resolve("postgres");
    Files.createDirectories(cluster);
    if (archive.enabled()) {
      Files.createDirectories(archive.folder());
    }
    EmbeddedDatabase database = start(cluster, port);
    boolean restart;
    try (Connection connection = database.postgres.getPostgresDatabase().getConnection()) {
      restart = archive.apply(connection);
    }
    if (restart) {
      int actualPort = database.port();
      database.close();
      database = start(cluster, actualPort);
    }
    database.createApplicationDatabase();
    return database;
  }

  private static EmbeddedDatabase start(Path cluster, int port) throws IOException {
    EmbeddedPostgres.Builder builder =
        EmbeddedPostgres.builder()
            .setDataDirectory(cluster)
            .setCleanDataDirectory(false)
            .setServerConfig("max_connections", "120")
            .setServerConfig("shared_buffers", "128MB")
            .setServerConfig("fsync", "on")
            .setServerConfig("synchronous_commit", "on")
            .setServerConfig("full_page_writes", "on");
    if (port > 0) {
      builder.setPort(port);
    }
    return new EmbeddedDatabase(builder.start());
  }

  private void createApplicationDatabase() throws SQLException {
    try (Connection connection = postgres.getPostgresDatabase().getConnection();
        PreparedStatement exists =
            connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
      exists.setString(1, DATABASE);
      try (ResultSet rows = exists.executeQuery()) {
        if (rows.next()) {
          return;
        }
      }
      try (Statement create = connection.createStatement()) {
        create.execute("CREATE DATABASE " + DATABASE + " ENCODING 'UTF8' TEMPLATE template0");
      }
    }
  }

  String jdbcUrl() {
    return postgres.getJdbcUrl(USER, DATABASE);
  }

  int port() {
    return postgres.getPort();
  }

  @Override
  public void close() throws IOException {
    postgres.close();
  }
}
