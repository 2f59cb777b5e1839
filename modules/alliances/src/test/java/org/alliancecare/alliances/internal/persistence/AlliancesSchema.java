package org.alliancecare.alliances.internal.persistence;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.alliancecare.testing.TestDatabase;
import org.flywaydb.core.Flyway;

/** A fresh database migrated to the alliances schema, as the application migrates it. */
final class AlliancesSchema {

  private final String url;

  private AlliancesSchema(String url) {
    this.url = url;
  }

  static AlliancesSchema fresh() {
    TestDatabase server = TestDatabase.get();
    String url = server.freshDatabase("alliances");
    Path migrations = Path.of(System.getProperty("alliancecare.migrations", "../../db/migration"));
    Flyway.configure()
        .dataSource(url, server.user(), server.password())
        .schemas("alliances")
        .createSchemas(true)
        .locations("filesystem:" + migrations.resolve("alliances").toAbsolutePath())
        .load()
        .migrate();
    return new AlliancesSchema(url);
  }

  Connection connect() throws SQLException {
    TestDatabase server = TestDatabase.get();
    return DriverManager.getConnection(url, server.user(), server.password());
  }
}
