package org.alliancecare.audit.internal.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The monthly partitions of the journal and the access log (migration {@code audit/V3}): creates
 * those of this month and the next months that are missing, through the SQL function {@code
 * audit.create_month_partitions}, which runs as the schema's owner (the application's role may not
 * create tables). Idempotent; never moves rows.
 */
public final class MonthPartitions {

  /** How many months ahead of this one (UTC) a partition should exist. */
  public static final int MONTHS_AHEAD = 3;

  private MonthPartitions() {}

  /** Creates the missing partitions up to {@code monthsAhead}; answers how many it created. */
  public static int createAhead(Connection connection, int monthsAhead) throws SQLException {
    try (PreparedStatement call =
        connection.prepareStatement("SELECT audit.create_month_partitions(?)")) {
      call.setInt(1, monthsAhead);
      try (ResultSet created = call.executeQuery()) {
        created.next();
        return created.getInt(1);
      }
    }
  }
}
