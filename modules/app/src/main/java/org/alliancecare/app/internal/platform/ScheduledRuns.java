package org.alliancecare.app.internal.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.alliancecare.kernel.scheduling.OnceInCluster;

/**
 * The claims of scheduled jobs' occurrences ({@code platform.scheduled_run}): a claim is an {@code
 * INSERT ... ON CONFLICT DO NOTHING} of the occurrence's row, committed in a transaction of its own
 * before the job runs; the node whose insert made the row runs the occurrence. A second node's
 * insert of the same occurrence waits for the first's to commit and then inserts nothing.
 */
@ApplicationScoped
public class ScheduledRuns implements OnceInCluster {

  private static final Logger LOG = Logger.getLogger(ScheduledRuns.class.getName());

  /** This node, as the claims name it: the JVM's process id and host. */
  static final String NODE = ManagementFactory.getRuntimeMXBean().getName();

  @Inject DataSource dataSource;

  @Override
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean claim(String job, Instant due) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert =
            connection.prepareStatement(
                "INSERT INTO platform.scheduled_run (job, due_at, node) VALUES (?, ?, ?)"
                    + " ON CONFLICT (job, due_at) DO NOTHING")) {
      insert.setString(1, job);
      insert.setTimestamp(2, Timestamp.from(due));
      insert.setString(3, NODE);
      boolean claimed = insert.executeUpdate() == 1;
      if (!claimed) {
        LOG.fine(() -> job + " due at " + due + " runs on another node");
      }
      return claimed;
    } catch (SQLException e) {
      throw new IllegalStateException("the claim of a scheduled job could not be recorded", e);
    }
  }

  @Override
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void finished(String job, Instant due) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement update =
            connection.prepareStatement(
                "UPDATE platform.scheduled_run SET finished_at = now()"
                    + " WHERE job = ? AND due_at = ? AND node = ?")) {
      update.setString(1, job);
      update.setTimestamp(2, Timestamp.from(due));
      update.setString(3, NODE);
      update.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("the end of a scheduled job could not be recorded", e);
    }
  }

  /** Deletes the claims that started more than {@code age} ago; answers how many. */
  @Transactional(Transactional.TxType.REQUIRED)
  public int forgetOlderThan(Duration age) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement delete =
            connection.prepareStatement(
                "DELETE FROM platform.scheduled_run"
                    + " WHERE started_at < now() - make_interval(secs => ?)")) {
      delete.setLong(1, age.toSeconds());
      return delete.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("old claims of scheduled jobs could not be deleted", e);
    }
  }
}
