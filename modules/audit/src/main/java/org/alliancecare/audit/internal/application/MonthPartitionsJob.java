package org.alliancecare.audit.internal.application;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.alliancecare.audit.internal.persistence.MonthPartitions;
import org.alliancecare.kernel.scheduling.OnceInCluster;

/**
 * Daily, on one node of the cluster: makes sure the journal's and the access log's monthly
 * partitions exist for this month and the next {@link MonthPartitions#MONTHS_AHEAD} (docs/audit.md,
 * "Partitions"). A month without its partition is not lost — its rows go to the DEFAULT partition —
 * but should not happen. Should two nodes ever create the same partition at once (a claim lost with
 * its node, run by hand), the function is idempotent and the second finds it created.
 */
@Singleton
public class MonthPartitionsJob {

  private static final Logger LOG = Logger.getLogger(MonthPartitionsJob.class.getName());

  @Inject DataSource dataSource;
  @Inject OnceInCluster cluster;
  @Inject Clock clock;

  @Schedule(hour = "2", minute = "41", persistent = false)
  void createMonthPartitions() {
    OnceInCluster.run(
        cluster,
        "audit-month-partitions",
        clock.instant(),
        Duration.ofHours(1),
        () -> {
          try (Connection connection = dataSource.getConnection()) {
            int created = MonthPartitions.createAhead(connection, MonthPartitions.MONTHS_AHEAD);
            LOG.info(() -> "audit: created " + created + " monthly partitions");
          } catch (SQLException e) {
            throw new IllegalStateException("could not create the monthly partitions", e);
          }
        });
  }
}
