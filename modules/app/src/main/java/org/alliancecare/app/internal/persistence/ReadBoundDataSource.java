package org.alliancecare.app.internal.persistence;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The application's data source as the modules' stores receive it ({@link DataSources}): the
 * primary's JTA pool, except on a thread with a replica read bound to it ({@link BoundRead}), where
 * it lends that read's connection.
 */
final class ReadBoundDataSource implements DataSource {

  private final DataSource primary;

  ReadBoundDataSource(DataSource primary) {
    this.primary = primary;
  }

  @Override
  public Connection getConnection() throws SQLException {
    Connection lent = BoundRead.lent();
    return lent != null ? lent : primary.getConnection();
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    Connection lent = BoundRead.lent();
    return lent != null ? lent : primary.getConnection(username, password);
  }

  @Override
  public PrintWriter getLogWriter() throws SQLException {
    return primary.getLogWriter();
  }

  @Override
  public void setLogWriter(PrintWriter out) throws SQLException {
    primary.setLogWriter(out);
  }

  @Override
  public void setLoginTimeout(int seconds) throws SQLException {
    primary.setLoginTimeout(seconds);
  }

  @Override
  public int getLoginTimeout() throws SQLException {
    return primary.getLoginTimeout();
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    return primary.getParentLogger();
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    return type.isInstance(this) ? type.cast(this) : primary.unwrap(type);
  }

  @Override
  public boolean isWrapperFor(Class<?> type) throws SQLException {
    return type.isInstance(this) || primary.isWrapperFor(type);
  }
}
