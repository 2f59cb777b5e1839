package org.alliancecare.kernel.persistence;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * One read begun by {@link StaleTolerantReads}: its connection, and whether it is on the replica.
 * Closing it ends the replica's read-only transaction and gives the connection back.
 */
public final class StaleTolerantRead implements AutoCloseable {

  private final Connection connection;
  private final boolean onReplica;
  private final boolean autoCommit;
  private final int isolation;

  private StaleTolerantRead(
      Connection connection, boolean onReplica, boolean autoCommit, int isolation) {
    this.connection = connection;
    this.onReplica = onReplica;
    this.autoCommit = autoCommit;
    this.isolation = isolation;
  }

  /** A read on the primary over {@code connection}, used as it comes. */
  public static StaleTolerantRead onPrimary(Connection connection) {
    return new StaleTolerantRead(connection, false, true, Connection.TRANSACTION_NONE);
  }

  /**
   * A read on the replica over {@code connection} (not enlisted in any JTA transaction): one
   * read-only repeatable-read transaction, so that a read of several statements sees one snapshot
   * and PostgreSQL streams long results through a cursor.
   */
  public static StaleTolerantRead onReplica(Connection connection) throws SQLException {
    boolean autoCommit = connection.getAutoCommit();
    int isolation = connection.getTransactionIsolation();
    try {
      connection.setAutoCommit(false);
      connection.setReadOnly(true);
      connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
      return new StaleTolerantRead(connection, true, autoCommit, isolation);
    } catch (SQLException e) {
      connection.close();
      throw e;
    }
  }

  public Connection connection() {
    return connection;
  }

  /** Whether the read runs on the replica. */
  public boolean onReplica() {
    return onReplica;
  }

  @Override
  public void close() throws SQLException {
    if (!onReplica) {
      connection.close();
      return;
    }
    try (connection) {
      connection.rollback();
      connection.setTransactionIsolation(isolation);
      connection.setAutoCommit(autoCommit);
    }
  }
}
