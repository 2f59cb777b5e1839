package org.alliancecare.reporting.internal.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;

/** Binding of the few Java types the read models store. */
final class Statements {

  private Statements() {}

  static void bind(PreparedStatement statement, Object... values) throws SQLException {
    Connection connection = statement.getConnection();
    for (int i = 0; i < values.length; i++) {
      Object value = values[i];
      if (value instanceof Instant instant) {
        statement.setObject(i + 1, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
      } else if (value instanceof Collection<?> strings) {
        statement.setArray(
            i + 1,
            connection.createArrayOf("text", strings.stream().map(String::valueOf).toArray()));
      } else if (value instanceof Enum<?> constant) {
        statement.setString(i + 1, constant.name());
      } else {
        statement.setObject(i + 1, value);
      }
    }
  }
}
