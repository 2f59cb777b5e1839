package org.alliancecare.interop.internal.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Which node of the cluster runs a background job (an import, a bulk export): the node that runs it
 * holds a PostgreSQL session advisory lock named after the job, on a connection it keeps for the
 * run. PostgreSQL ends the lock with that connection, so when the node stops, crashes or loses the
 * database the job is free again at once; and any node can ask whether a job is being run anywhere,
 * instead of guessing from its own memory (a job another node runs is not "interrupted").
 */
@ApplicationScoped
public class JobTenure {

  private static final Logger LOG = Logger.getLogger(JobTenure.class.getName());

  @Resource(lookup = "java:app/jdbc/alliancecare")
  DataSource dataSource;

  public JobTenure() {}

  public JobTenure(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** A job held by this node until closed. */
  public interface Held extends AutoCloseable {
    @Override
    void close();
  }

  /**
   * Holds the job ({@code kind} names the sort of job: "import", "export") for the caller until the
   * answer is closed; empty when it is held already, by another node or another run on this one.
   * Called outside a transaction: the connection is kept for the run.
   */
  public Optional<Held> hold(String kind, String jobId) {
    Connection connection = null;
    try {
      connection = dataSource.getConnection();
      if (!tryLock(connection, kind, jobId)) {
        connection.close();
        return Optional.empty();
      }
      Connection holding = connection;
      return Optional.of(() -> release(holding, kind, jobId));
    } catch (SQLException e) {
      closeAfterFailure(connection);
      throw new IllegalStateException("cannot tell whether a job runs elsewhere", e);
    }
  }

  /** Whether some node (this one included) holds the job now. */
  public boolean heldAnywhere(String kind, String jobId) {
    try (Connection connection = dataSource.getConnection()) {
      if (!tryLock(connection, kind, jobId)) {
        return true;
      }
      unlock(connection, kind, jobId);
      return false;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot tell whether a job runs elsewhere", e);
    }
  }

  private static boolean tryLock(Connection connection, String kind, String jobId)
      throws SQLException {
    try (PreparedStatement lock =
        connection.prepareStatement("SELECT pg_try_advisory_lock(hashtext(?), hashtext(?))")) {
      lock.setString(1, "alliancecare.interop." + kind);
      lock.setString(2, jobId);
      try (ResultSet row = lock.executeQuery()) {
        row.next();
        return row.getBoolean(1);
      }
    }
  }

  private static void unlock(Connection connection, String kind, String jobId) throws SQLException {
    try (PreparedStatement unlock =
        connection.prepareStatement("SELECT pg_advisory_unlock(hashtext(?), hashtext(?))")) {
      unlock.setString(1, "alliancecare.interop." + kind);
      unlock.setString(2, jobId);
      unlock.executeQuery().close();
    }
  }

  private static void release(Connection connection, String kind, String jobId) {
    try (connection) {
      unlock(connection, kind, jobId);
    } catch (SQLException e) {
      // the connection is gone, and the lock with it
      LOG.fine(() -> "the " + kind + " job's lock ended with its connection");
    }
  }

  private static void closeAfterFailure(Connection connection) {
    if (connection == null) {
      return;
    }
    try {
      connection.close();
    } catch (SQLException e) {
      // already failing: the first exception is the one reported
    }
  }
}
