package org.alliancecare.app.internal.idempotency;

import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.alliancecare.app.internal.persistence.Database;
import org.alliancecare.app.internal.platform.ScheduledRuns;
import org.alliancecare.kernel.scheduling.OnceInCluster;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Forgets idempotency keys once they are older than the retention ({@code
 * alliancecare.idempotency.retention-days}, at least 7 days as API.md promises), once a day on one
 * node of the cluster; and the claims of scheduled jobs older than {@link #CLAIMS_KEPT}.
 */
@Singleton
public class IdempotencyKeyExpiry {

  private static final Logger LOG = Logger.getLogger(IdempotencyKeyExpiry.class.getName());
  static final int MINIMUM_DAYS = 7;

  /** How long the claims of scheduled jobs' occurrences are kept ({@code scheduled_run}). */
  static final Duration CLAIMS_KEPT = Duration.ofDays(30);

  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  @Inject
  @ConfigProperty(name = "alliancecare.idempotency.retention-days", defaultValue = "8")
  int retentionDays;

  @Inject ScheduledRuns cluster;

  @Inject Clock clock;

  @Schedule(hour = "3", minute = "17", persistent = false)
  void forgetExpiredKeysOnce() {
    OnceInCluster.run(
        cluster,
        "idempotency-key-expiry",
        clock.instant(),
        Duration.ofHours(1),
        () -> {
          forgetExpiredKeys();
          int claims = cluster.forgetOlderThan(CLAIMS_KEPT);
          LOG.info(() -> "forgot " + claims + " claims of scheduled jobs");
        });
  }

  private void forgetExpiredKeys() {
    int days = Math.max(MINIMUM_DAYS, retentionDays);
    try (Connection connection = dataSource.getConnection();
        PreparedStatement delete =
            connection.prepareStatement(
                "DELETE FROM platform.idempotency_key"
                    + " WHERE created_at < now() - make_interval(days => ?)")) {
      delete.setInt(1, days);
      int forgotten = delete.executeUpdate();
      LOG.info(() -> "forgot " + forgotten + " idempotency keys older than " + days + " days");
    } catch (SQLException e) {
      throw new IllegalStateException("idempotency keys could not be expired", e);
    }
  }
}
