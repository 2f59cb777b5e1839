package org.alliancecare.kernel.jdbc;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Timestamps, dates and UUIDs out of a result row through the JDBC 4.0 getters. The JDBC 4.1 typed
 * {@code getObject(column, Class)} looks the method up by reflection on every call in Payara's
 * connection-pool wrapper: a fifth of the server's time for a timeline of a hundred entries
 * (bench/run with JDK Flight Recorder).
 */
public final class ResultColumns {

  private ResultColumns() {}

  /** A {@code timestamptz} column as the instant it names, or {@code null}. */
  public static Instant instant(ResultSet row, String column) throws SQLException {
    Timestamp value = row.getTimestamp(column);
    return value == null ? null : value.toInstant();
  }

  /** A {@code date} column, or {@code null}. */
  public static LocalDate date(ResultSet row, String column) throws SQLException {
    Date value = row.getDate(column);
    return value == null ? null : value.toLocalDate();
  }

  /** A {@code uuid} column, or {@code null}. */
  public static UUID uuid(ResultSet row, String column) throws SQLException {
    return (UUID) row.getObject(column);
  }

  /** The {@code uuid} column at {@code index} (from 1), or {@code null}. */
  public static UUID uuid(ResultSet row, int index) throws SQLException {
    return (UUID) row.getObject(index);
  }
}
