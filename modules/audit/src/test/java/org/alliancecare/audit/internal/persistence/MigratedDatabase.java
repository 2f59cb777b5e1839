package org.alliancecare.audit.internal.persistence;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.alliancecare.testing.TestDatabase;

/** A fresh database on the test PostgreSQL with the audit module's migrations applied by Flyway. */
final class MigratedDatabase {

  private final String url;

  private MigratedDatabase(String url) {
    this.url = url;
  }

  static MigratedDatabase create(String prefix) {
    String url = TestDatabase.get().migratedDatabase(prefix, "audit");
    return new MigratedDatabase(url);
  }

  /** A connection as the owner (the user that ran the migrations), not in auto-commit mode. */
  Connection connect() throws SQLException {
    Connection connection =
        DriverManager.getConnection(url, TestDatabase.get().user(), TestDatabase.get().password());
    connection.setAutoCommit(false);
    return connection;
  }
}
