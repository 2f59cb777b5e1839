package org.alliancecare.outreach.internal.persistence;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.alliancecare.testing.TestDatabase;
import org.flywaydb.core.Flyway;

/** A fresh database migrated to the outreach schema, as the application migrates it. */
final class OutreachSchema {

  private final String url;

  private OutreachSchema(String url) {
    this.url = url;
  }

  static OutreachSchema fresh() {
    TestDatabase server = TestDatabase.get();
    String url = server.freshDatabase("outreach");
    Path migrations = Path.of(System.getProperty("alliancecare.migrations", "../../db/migration"));
    Flyway.configure()
        .dataSource(url, server.user(), server.password())
        .schemas("outreach")
        .createSchemas(true)
        .locations("filesystem:" + migrations.resolve("outreach").toAbsolutePath())
        .load()
        .migrate();
    return new OutreachSchema(url);
  }

  Connection connect() throws SQLException {
    TestDatabase server = TestDatabase.get();
    return DriverManager.getConnection(url, server.user(), server.password());
  }
}
