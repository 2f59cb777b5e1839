package org.alliancecare.app.internal.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.alliancecare.app.Module;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings every module's schema up to date with Flyway when the application starts, before it serves
 * a request: the application's own {@code platform} schema first, then one schema per module, each
 * from {@code db/migration/<schema>/}. A migration that fails stops the start with a message that
 * names the module and the cause.
 *
 * <p>Flyway is left out when every schema's applied history already equals its packaged migrations
 * ({@link MigrationSet}: the same scripts with the same checksums): it would apply nothing and find
 * nothing to report, and loading it and checking eleven schemas was a visible part of every start.
 * Any difference, or anything the comparison cannot read with certainty, runs Flyway as before,
 * which applies what is new and refuses a changed migration.
 *
 * <p>Migrations run over the application's pooled data source unless {@code
 * alliancecare.db.migration.user} (and {@code .password}) name another login, the schemas' owner,
 * so that the application itself can run as a role that may not change them (see {@code
 * docs/operations/database-roles.md}).
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
@Lock(LockType.READ)
public class SchemaMigrations {

  private static final Logger LOG = Logger.getLogger(SchemaMigrations.class.getName());
  static final String PLATFORM_SCHEMA = "platform";
  static final int EXIT_MIGRATION_FAILED = 70;

  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  @Inject
  @ConfigProperty(name = "alliancecare.migrations.failure-exits", defaultValue = "true")
  boolean failureExits;

  @Inject
  @ConfigProperty(name = "alliancecare.db.url")
  Optional<String> url;

  @Inject
  @ConfigProperty(name = "alliancecare.db.migration.user")
  Optional<String> migrationUser;

  @Inject
  @ConfigProperty(name = "alliancecare.db.migration.password")
  Optional<String> migrationPassword;

  /** The class path folder whose sub-folders hold each schema's migrations. */
  String root = "db/migration";

  /** Where the migrations are read from (and Flyway's class loader). */
  ClassLoader resources = SchemaMigrations.class.getClassLoader();

  private volatile boolean complete;
  private volatile boolean flywayRan;

  @PostConstruct
  void migrate() {
    if (historyMatchesPackaged()) {
      LOG.info("every schema's history equals its packaged migrations; Flyway has nothing to do");
      complete = true;
      return;
    }
    flywayRan = true;
    for (String schema : schemas()) {
      try {
        MigrateResult result =
            connection(Flyway.configure(resources))
                .schemas(schema)
                .createSchemas(true)
                .locations("classpath:" + root + "/" + schema)
                .failOnMissingLocations(false)
                .load()
                .migrate();
        LOG.info(
            () ->
                "schema "
                    + schema
                    + " at version "
                    + (result.targetSchemaVersion == null ? "-" : result.targetSchemaVersion)
                    + " ("
                    + result.migrationsExecuted
                    + " migrations applied now)");
      } catch (RuntimeException e) {
        LOG.log(
            Level.SEVERE,
            "AllianceCare cannot start: the migration of schema "
                + schema
                + " failed: "
                + e.getMessage());
        if (failureExits) {
          exitSoon();
        }
        throw new IllegalStateException("migration of schema " + schema + " failed", e);
      }
    }
    complete = true;
  }

  /**
   * Whether every schema's applied migrations are exactly its packaged ones, read over the login
   * that would run the migrations. False whenever a set cannot be read: Flyway decides then.
   */
  boolean historyMatchesPackaged() {
    try (Connection connection = migrationConnection()) {
      for (String schema : schemas()) {
        Optional<MigrationSet> packaged = MigrationSet.packaged(resources, root, schema);
        if (packaged.isEmpty() || packaged.get().size() == 0) {
          return false;
        }
        Optional<MigrationSet> applied = MigrationSet.applied(connection, schema);
        if (applied.isEmpty() || !applied.get().equals(packaged.get())) {
          return false;
        }
      }
      return true;
    } catch (SQLException | RuntimeException e) {
      LOG.fine(() -> "could not compare the schema history, Flyway checks it: " + e.getMessage());
      return false;
    }
  }

  private Connection migrationConnection() throws SQLException {
    String user = migrationUser.map(String::strip).orElse("");
    if (user.isEmpty()) {
      return dataSource.getConnection();
    }
    return DriverManager.getConnection(
        url.filter(u -> !u.isBlank()).orElseThrow(), user, migrationPassword.orElse(""));
  }

  /** The pooled data source, or a connection of its own as the migration user when one is set. */
  FluentConfiguration connection(FluentConfiguration flyway) {
    String user = migrationUser.map(String::strip).orElse("");
    if (user.isEmpty()) {
      return flyway.dataSource(dataSource);
    }
    String address =
        url.filter(u -> !u.isBlank())
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "alliancecare.db.migration.user is set but alliancecare.db.url is not"));
    return flyway.dataSource(address, user, migrationPassword.orElse(""));
  }

  /**
   * Ends the process once the failed deployment has been reported: Payara Micro would otherwise go
   * on running without the application.
   */
  private static void exitSoon() {
    Thread exit =
        new Thread(
            () -> {
              try {
                Thread.sleep(1000);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              System.exit(EXIT_MIGRATION_FAILED);
            },
            "alliancecare-migration-failed");
    exit.setDaemon(true);
    exit.start();
  }

  static List<String> schemas() {
    List<String> schemas = new ArrayList<>();
    schemas.add(PLATFORM_SCHEMA);
    for (Module module : Module.values()) {
      if (module.ownsSchema()) {
        schemas.add(module.moduleName());
      }
    }
    return schemas;
  }

  /** Whether this start ran Flyway (false when the history already matched the packaged set). */
  boolean flywayRan() {
    return flywayRan;
  }

  /** Whether every schema has been migrated. */
  public boolean complete() {
    return complete;
  }
}
