package org.alliancecare.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The real PostgreSQL that integration tests use: an embedded one started once per test JVM, or the
 * server that {@code ALLIANCECARE_TEST_DB_URL} (with {@code _USER} and {@code _PASSWORD}) names.
 * Tests that need a clean slate ask for a {@link #freshDatabase fresh database} on it.
 */
public final class TestDatabase {

  private static TestDatabase instance;
  private static final AtomicInteger databases = new AtomicInteger();

  private final String baseUrl;
  private final String user;
  private final String password;

  private TestDatabase(String baseUrl, String user, String password) {
    this.baseUrl = baseUrl;
    this.user = user;
    this.password = password;
  }

  /** The test JVM's database server, started on first use. */
  public static synchronized TestDatabase get() {
    if (instance == null) {
      String external = System.getenv("ALLIANCECARE_TEST_DB_URL");
      instance =
          external != null && !external.isBlank()
              ? new TestDatabase(
                  external,
                  System.getenv().getOrDefault("ALLIANCECARE_TEST_DB_USER", "postgres"),
                  System.getenv().getOrDefault("ALLIANCECARE_TEST_DB_PASSWORD", ""))
              : startEmbedded();
    }
    return instance;
  }

  private static TestDatabase startEmbedded() {
    try {
      EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    try {
                      postgres.close();
                    } catch (IOException e) {
                      System.err.println("could not stop the test database: " + e.getMessage());
                    }
                  },
                  "test-database-stop"));
      return new TestDatabase(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres");
    } catch (IOException e) {
      throw new UncheckedIOException("could not start the embedded test database", e);
    }
  }

  public String url() {
    return baseUrl;
  }

  public String user() {
    return user;
  }

  public String password() {
    return password;
  }

  public Connection connect() throws SQLException {
    return DriverManager.getConnection(baseUrl, user, password);
  }

  /** Creates an empty database on the same server and answers its JDBC URL. */
  public String freshDatabase(String prefix) {
    String name = prefix + "_" + ProcessHandle.current().pid() + "_" + databases.incrementAndGet();
    try (Connection connection = connect();
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("could not create test database " + name, e);
    }
    int slash = baseUrl.lastIndexOf('/');
    int query = baseUrl.indexOf('?', slash);
    return baseUrl.substring(0, slash + 1) + name + (query < 0 ? "" : baseUrl.substring(query));
  }

  /**
   * A fresh database (named after {@code schema}) with a module's migrations applied by Flyway in
   * the module's schema, as the application applies them ({@code db/migration/<schema>}, found
   * through the system property {@code alliancecare.migrations}, else from the module's folder);
   * answers its JDBC URL.
   */
  public String migratedDatabase(String schema) {
    return migratedDatabase(schema, schema);
  }

  /** The same, with the database named after {@code prefix}. */
  public String migratedDatabase(String prefix, String schema) {
    String url = freshDatabase(prefix);
    Path migrations = Path.of(System.getProperty("alliancecare.migrations", "../../db/migration"));
    Flyway.configure()
        .dataSource(url, user, password)
        .schemas(schema)
        .createSchemas(true)
        .locations("filesystem:" + migrations.resolve(schema).toAbsolutePath())
        .load()
        .migrate();
    return url;
  }

  /** A data source on the database at {@code url}, as this server's user. */
  public DataSource dataSource(String url) {
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    dataSource.setURL(url);
    dataSource.setUser(user);
    dataSource.setPassword(password);
    return dataSource;
  }
}
