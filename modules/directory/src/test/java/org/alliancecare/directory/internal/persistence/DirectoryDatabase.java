package org.alliancecare.directory.internal.persistence;

import java.nio.file.Path;
import org.alliancecare.testing.TestDatabase;
import org.flywaydb.core.Flyway;

/** A fresh database with the directory's schema, migrated as the application migrates it. */
final class DirectoryDatabase {

  private DirectoryDatabase() {}

  /** The JDBC URL of a new database (named after {@code prefix}) with schema {@code directory}. */
  static String fresh(String prefix) {
    String url = TestDatabase.get().freshDatabase(prefix);
    Flyway.configure()
        .dataSource(url, TestDatabase.get().user(), TestDatabase.get().password())
        .schemas("directory")
        .createSchemas(true)
        .locations(
            "filesystem:"
                + Path.of(System.getProperty("alliancecare.migrations"), "directory")
                    .toAbsolutePath())
        .load()
        .migrate();
    return url;
  }
}
