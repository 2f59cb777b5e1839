package org.alliancecare.app.internal.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import org.alliancecare.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The operator's setup of docs/operations/database-roles.md on a real PostgreSQL: the schemas
 * belong to an owner login that runs the migrations ({@code alliancecare.db.migration.user}), and
 * the application runs as a login that is a member of {@code alliancecare_app}, which may use every
 * module's tables but not change the audit tables or the schemas.
 */
class SchemaMigrationsIT {

  private static final String OWNER = "alliancecare_owner_it";
  private static final String APP = "alliancecare_login_it";
  private static final String PASSWORD = "only-for-this-test";

  private String url;

  @BeforeEach
  void rolesAndAFreshDatabase() throws SQLException {
    TestDatabase server = TestDatabase.get();
    // without the query of the embedded server's URL, which names its superuser
    String withQuery = server.freshDatabase("roles");
    url = withQuery.contains("?") ? withQuery.substring(0, withQuery.indexOf('?')) : withQuery;
    try (Connection admin = DriverManager.getConnection(url, server.user(), server.password());
        Statement sql = admin.createStatement()) {
      sql.execute(
          "DO $$ BEGIN"
              + " IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'alliancecare_app') THEN"
              + "   CREATE ROLE alliancecare_app NOLOGIN; END IF;"
              + " IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '"
              + OWNER
              + "') THEN"
              + "   CREATE ROLE "
              + OWNER
              + " LOGIN PASSWORD '"
              + PASSWORD
              + "'; END IF;"
              + " IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '"
              + APP
              + "') THEN"
              + "   CREATE ROLE "
              + APP
              + " LOGIN PASSWORD '"
              + PASSWORD
              + "' IN ROLE alliancecare_app;"
              + " END IF; END $$");
      sql.execute("GRANT CREATE ON DATABASE " + databaseName() + " TO " + OWNER);
    }
  }

  private String databaseName() {
    return url.substring(url.lastIndexOf('/') + 1);
  }

  private SchemaMigrations migrations(Optional<String> migrationUser) {
    PGSimpleDataSource pooled = new PGSimpleDataSource();
    pooled.setUrl(url);
    pooled.setUser(APP);
    pooled.setPassword(PASSWORD);
    SchemaMigrations migrations = new SchemaMigrations();
    migrations.dataSource = pooled;
    migrations.url = Optional.of(url);
    migrations.migrationUser = migrationUser;
    migrations.migrationPassword = Optional.of(PASSWORD);
    migrations.failureExits = false;
    return migrations;
  }

  private Connection asApplication() throws SQLException {
    return DriverManager.getConnection(url, APP, PASSWORD);
  }

  @Test
  void with_a_migration_user_the_owner_migrates_and_the_application_login_works_within_its_grants()
      throws SQLException {
    SchemaMigrations migrations = migrations(Optional.of(OWNER));
    migrations.migrate();
    assertThat(migrations.complete()).isTrue();
    try (Connection app = asApplication();
        Statement sql = app.createStatement()) {
      try (ResultSet owner =
          sql.executeQuery(
              "SELECT tableowner FROM pg_tables"
                  + " WHERE schemaname = 'audit' AND tablename = 'journal_entry'")) {
        owner.next();
        assertThat(owner.getString(1)).isEqualTo(OWNER);
      }
      sql.execute(
          "INSERT INTO platform.idempotency_key (account, key, request_hash, response_status)"
              + " VALUES ('a', 'k', 'h', 201)");
      sql.execute("DELETE FROM platform.idempotency_key WHERE key = 'k'");
      sql.execute(
          "INSERT INTO audit.access_log (at, actor, action, resource_type, patient_id)"
              + " VALUES (now(), 'dr.aysha', 'READ', 'Patient', 'p1')");
      assertThatThrownBy(() -> sql.execute("DELETE FROM audit.access_log"))
          .hasMessageContaining("permission denied");
      assertThatThrownBy(() -> sql.execute("DROP TABLE platform.idempotency_key"))
          .isInstanceOf(SQLException.class);
    }
  }

  @Test
  void without_a_migration_user_the_pooled_login_migrates_and_a_non_owner_cannot() {
    SchemaMigrations migrations = migrations(Optional.empty());
    assertThatThrownBy(migrations::migrate)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("migration of schema platform failed");
    assertThat(migrations.complete()).isFalse();
  }

  @Test
  void a_migration_user_without_the_database_url_is_a_clear_error() {
    SchemaMigrations migrations = migrations(Optional.of(OWNER));
    migrations.url = Optional.empty();
    assertThatThrownBy(migrations::migrate)
        .hasMessageContaining("migration of schema platform failed")
        .rootCause()
        .hasMessageContaining("alliancecare.db.url is not");
  }

  /**
   * The packaged migrations copied to {@code folder} (as {@code probe/migration/<schema>/}), and
   * migrations that read them from there, so that a test can change the set between two starts.
   */
  private SchemaMigrations readingCopyIn(Path folder) throws IOException {
    Path source = Path.of("target/classes/db/migration");
    Path copy = folder.resolve("probe/migration");
    try (var files = Files.walk(source)) {
      for (Path file : files.toList()) {
        Path target = copy.resolve(source.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target);
        }
      }
    }
    SchemaMigrations migrations = migrations(Optional.of(OWNER));
    migrations.root = "probe/migration";
    migrations.resources =
        new URLClassLoader(new URL[] {folder.toUri().toURL()}, getClass().getClassLoader());
    return migrations;
  }

  @Test
  void a_start_whose_history_equals_the_packaged_migrations_leaves_flyway_out(@TempDir Path folder)
      throws IOException {
    SchemaMigrations first = readingCopyIn(folder);
    first.migrate();
    assertThat(first.flywayRan()).isTrue();

    SchemaMigrations second = readingCopyIn(folder.resolve("again"));
    second.migrate();
    assertThat(second.complete()).isTrue();
    assertThat(second.flywayRan()).isFalse();
  }

  @Test
  void a_new_migration_in_the_package_is_applied_at_the_next_start(@TempDir Path folder)
      throws IOException, SQLException {
    readingCopyIn(folder).migrate();
    SchemaMigrations next = readingCopyIn(folder.resolve("next"));
    Files.writeString(
        folder.resolve("next/probe/migration/platform/V900__changed_set_probe.sql"),
        "CREATE TABLE platform.changed_set_probe (id integer);\n");
    next.migrate();
    assertThat(next.flywayRan()).isTrue();
    assertThat(next.complete()).isTrue();
    try (Connection app = asApplication();
        Statement sql = app.createStatement();
        ResultSet table =
            sql.executeQuery("SELECT to_regclass('platform.changed_set_probe') IS NOT NULL")) {
      table.next();
      assertThat(table.getBoolean(1)).isTrue();
    }
  }

  @Test
  void a_changed_applied_migration_is_checked_by_flyway_and_refused(@TempDir Path folder)
      throws IOException {
    readingCopyIn(folder).migrate();
    SchemaMigrations changed = readingCopyIn(folder.resolve("changed"));
    Files.writeString(
        folder.resolve("changed/probe/migration/referrals/V1__create_referrals.sql"),
        "\n-- edited after it was applied\n",
        StandardOpenOption.APPEND);
    assertThatThrownBy(changed::migrate)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("migration of schema referrals failed");
    assertThat(changed.flywayRan()).isTrue();
    assertThat(changed.complete()).isFalse();
  }
}
