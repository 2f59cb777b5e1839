package org.alliancecare.audit.internal.persistence;

import java.util.List;

/**
 * The WHERE clause of a filtered list: each filter that is set adds a fixed condition on a fixed
 * column with a bound value, so no text from a request ever becomes SQL.
 */
final class Where {

  private final StringBuilder sql;
  private final List<Object> values;
  private boolean first = true;

  Where(StringBuilder sql, List<Object> values) {
    this.sql = sql;
    this.values = values;
  }

  void equal(String column, Object value) {
    add(column, " = ?", value);
  }

  void atLeast(String column, Object value) {
    add(column, " >= ?", value);
  }

  void before(String column, Object value) {
    add(column, " < ?", value);
  }

  void after(String column, Object value) {
    add(column, " > ?", value);
  }

  private void add(String column, String condition, Object value) {
    if (value == null) {
      return;
    }
    sql.append(first ? " WHERE " : " AND ").append(column).append(condition);
    values.add(value);
    first = false;
  }
}
