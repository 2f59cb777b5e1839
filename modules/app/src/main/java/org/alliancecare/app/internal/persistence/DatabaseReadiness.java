package org.alliancecare.app.internal.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when every schema is migrated and the database answers. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

  @Inject SchemaMigrations migrations;

  @Inject DataSource dataSource;

  @Override
  public HealthCheckResponse call() {
    boolean migrated = migrations.complete();
    boolean reachable = reachable();
    return HealthCheckResponse.named("database")
        .status(migrated && reachable)
        .withData("migrated", migrated)
        .withData("reachable", reachable)
        .build();
  }

  private boolean reachable() {
    try (Connection connection = dataSource.getConnection()) {
      return connection.isValid(2);
    } catch (SQLException e) {
      return false;
    }
  }
}
