package org.alliancecare.app.internal.idempotency;

import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.alliancecare.app.internal.persistence.Database;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Forgets idempotency keys once they are older than the retention ({@code
 * alliancecare.idempotency.retention-days}, at least 7 days as API.md promises).
 */
@Singleton
public class IdempotencyKeyExpiry {

  private static final Logger LOG = Logger.getLogger(IdempotencyKeyExpiry.class.getName());
  static final int MINIMUM_DAYS = 7;

  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  @Inject
  @ConfigProperty(name = "alliancecare.idempotency.retention-days", defaultValue = "8")
  int retentionDays;

  @Schedule(hour = "3", minute = "17", persistent = false)
  void forgetExpiredKeys() throws SQLException {
    int days = Math.max(MINIMUM_DAYS, retentionDays);
    try (Connection connection = dataSource.getConnection();
        PreparedStatement delete =
            connection.prepareStatement(
                "DELETE FROM platform.idempotency_key"
                    + " WHERE created_at < now() - make_interval(days => ?)")) {
      delete.setInt(1, days);
      int forgotten = delete.executeUpdate();
      LOG.info(() -> "forgot " + forgotten + " idempotency keys older than " + days + " days");
    }
  }
}
