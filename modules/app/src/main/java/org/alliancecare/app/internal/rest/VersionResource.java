package org.alliancecare.app.internal.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Properties;
import javax.sql.DataSource;

/** What is running: the application's name, version and commit, and the database under it. */
@Path("version")
@RequestScoped
public class VersionResource {

  @Inject DataSource dataSource;

  /** The application's version and build, and the database product it talks to. */
  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Version version() throws SQLException {
    Properties build = BuildInfo.PROPERTIES;
    try (Connection connection = dataSource.getConnection()) {
      DatabaseMetaData metaData = connection.getMetaData();
      return new Version(
          build.getProperty("name", "AllianceCare"),
          build.getProperty("version", "unknown"),
          BuildInfo.commit(),
          new DatabaseProduct(
              metaData.getDatabaseProductName(), metaData.getDatabaseProductVersion()));
    }
  }

  public record Version(String name, String version, String commit, DatabaseProduct database) {}

  public record DatabaseProduct(String product, String version) {}

  static final class BuildInfo {
    static final Properties PROPERTIES = load();

    private BuildInfo() {}

    static String commit() {
      String commit = PROPERTIES.getProperty("commit", "");
      return commit.isBlank() || commit.startsWith("$") ? null : commit;
    }

    private static Properties load() {
      Properties properties = new Properties();
      try (InputStream in =
          VersionResource.class.getResourceAsStream("/META-INF/alliancecare-build.properties")) {
        if (in != null) {
          properties.load(in);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return properties;
    }
  }
}
