package org.alliancecare.outreach.internal.persistence;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.alliancecare.testing.TestDatabase;

/** A fresh database migrated to the outreach schema, as the application migrates it. */
final class OutreachSchema {

  private final String url;

  private OutreachSchema(String url) {
    this.url = url;
  }

  static OutreachSchema fresh() {
    String url = TestDatabase.get().migratedDatabase("outreach");
    return new OutreachSchema(url);
  }

  Connection connect() throws SQLException {
    TestDatabase server = TestDatabase.get();
    return DriverManager.getConnection(url, server.user(), server.password());
  }
}
