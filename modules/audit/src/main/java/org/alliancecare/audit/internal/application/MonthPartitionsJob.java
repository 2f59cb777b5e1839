package org.alliancecare.audit.internal.application;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.alliancecare.audit.internal.persistence.MonthPartitions;

/**
 * Daily: makes sure the journal's and the access log's monthly partitions exist for this month and
 * the next {@link MonthPartitions#MONTHS_AHEAD} (docs/audit.md, "Partitions"). A month without its
 * partition is not lost — its rows go to the DEFAULT partition — but should not happen.
 *
 * <p>TODO(issue 19, on merge): run this once in the cluster, wrapped in the kernel's {@code
 * OnceInCluster} like the other scheduled jobs ({@code ScheduledRuns}); until then every node runs
 * it, which is safe (the function is idempotent, and of two nodes creating the same partition at
 * once the second finds it created) but wasteful.
 */
@Singleton
public class MonthPartitionsJob {

  private static final Logger LOG = Logger.getLogger(MonthPartitionsJob.class.getName());

  @Inject DataSource dataSource;

  @Schedule(hour = "2", minute = "41", persistent = false)
  void createMonthPartitions() throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      int created = MonthPartitions.createAhead(connection, MonthPartitions.MONTHS_AHEAD);
      LOG.info(() -> "audit: created " + created + " monthly partitions");
    }
  }
}
