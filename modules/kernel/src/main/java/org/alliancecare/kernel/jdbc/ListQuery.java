package org.alliancecare.kernel.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.alliancecare.kernel.PageRequest;

/**
 * The SELECT of a list, narrowed by the conditions a client asked for and cut to one page by key:
 * its text and its parameters grow together, so that each {@code ?} has its value. The SQL itself
 * stays in the module that owns the table; only fixed text is appended, never a client's input.
 *
 * <p>A page ({@link #page}) is by key, as {@link PageRequest} hands it out: the rows after the
 * cursor's key, in key order, {@link PageRequest#fetchSize()} of them.
 */
public final class ListQuery {

  private final StringBuilder sql;
  private final List<Object> parameters = new ArrayList<>();

  /** A query that starts with {@code select} (up to and including its first condition). */
  public ListQuery(String select, Object... values) {
    this.sql = new StringBuilder(select);
    parameters.addAll(Arrays.asList(values));
  }

  /** Narrows the list by {@code condition}, whose {@code ?} take {@code values} in order. */
  public ListQuery and(String condition, Object... values) {
    sql.append(" AND ").append(condition);
    parameters.addAll(Arrays.asList(values));
    return this;
  }

  /**
   * Cuts the list to the page asked for, last: the rows whose {@code keyColumns} (e.g. {@code
   * due_on, referral_number}) come after the values that {@code keyValues} reads from the cursor's
   * key, ordered by those columns, one more than the page.
   *
   * @param keyValues the values of the key columns in a cursor key, in their order; it throws
   *     {@link org.alliancecare.kernel.InvalidInput} on a key that this list did not hand out
   */
  public ListQuery page(PageRequest page, String keyColumns, Function<String, List<?>> keyValues) {
    if (page.after() != null) {
      List<?> key = keyValues.apply(page.after());
      if (key.size() == 1) {
        and(keyColumns + " > ?", key.get(0));
      } else {
        String placeholders = String.join(", ", Collections.nCopies(key.size(), "?"));
        and("(" + keyColumns + ") > (" + placeholders + ")", key.toArray());
      }
    }
    sql.append(" ORDER BY ").append(keyColumns).append(" LIMIT ?");
    parameters.add(page.fetchSize());
    return this;
  }

  public String sql() {
    return sql.toString();
  }

  public List<Object> parameters() {
    return Collections.unmodifiableList(parameters);
  }

  /** The statement of this query on {@code connection}, with its parameters bound. */
  public PreparedStatement prepare(Connection connection) throws SQLException {
    PreparedStatement statement = connection.prepareStatement(sql());
    try {
      bind(connection, statement, parameters);
      return statement;
    } catch (SQLException | RuntimeException e) {
      statement.close();
      throw e;
    }
  }

  /**
   * Binds {@code values} to the {@code ?} of {@code statement} in order: a {@code String[]} as a
   * PostgreSQL {@code text[]} (for {@code place_code = ANY(?)}), anything else as itself.
   */
  public static void bind(Connection connection, PreparedStatement statement, List<?> values)
      throws SQLException {
    for (int i = 0; i < values.size(); i++) {
      Object value = values.get(i);
      if (value instanceof String[] array) {
        statement.setArray(i + 1, connection.createArrayOf("text", array));
      } else {
        statement.setObject(i + 1, value);
      }
    }
  }

  @Override
  public String toString() {
    return sql() + " " + Objects.toString(parameters);
  }
}
