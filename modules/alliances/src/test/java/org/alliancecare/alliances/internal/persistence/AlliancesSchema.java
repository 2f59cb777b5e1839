package org.alliancecare.alliances.internal.persistence;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.alliancecare.testing.TestDatabase;

/** A fresh database migrated to the alliances schema, as the application migrates it. */
final class AlliancesSchema {

  private final String url;

  private AlliancesSchema(String url) {
    this.url = url;
  }

  static AlliancesSchema fresh() {
    String url = TestDatabase.get().migratedDatabase("alliances");
    return new AlliancesSchema(url);
  }

  Connection connect() throws SQLException {
    TestDatabase server = TestDatabase.get();
    return DriverManager.getConnection(url, server.user(), server.password());
  }
}
