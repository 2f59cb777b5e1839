package org.alliancecare.bench;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import org.postgresql.PGConnection;

/**
 * Rows for one table in PostgreSQL's COPY text format, sent in one {@code COPY ... FROM STDIN}.
 * Values are escaped as the format wants (backslash, tab, newline, carriage return); {@code null}
 * is {@code \N}.
 */
final class CopyRows {

  private final String table;
  private final String columns;
  private final StringBuilder rows = new StringBuilder(1 << 16);
  private boolean rowStarted;
  private long count;

  CopyRows(String table, String columns) {
    this.table = table;
    this.columns = columns;
  }

  CopyRows value(Object value) {
    if (rowStarted) {
      rows.append('\t');
    }
    rowStarted = true;
    if (value == null) {
      rows.append("\\N");
    } else if (value instanceof Instant instant) {
      rows.append(instant.toString());
    } else if (value instanceof LocalDate || value instanceof Number || value instanceof Boolean) {
      rows.append(value);
    } else if (value instanceof Collection<?> elements) {
      rows.append('{');
      boolean first = true;
      for (Object element : elements) {
        if (!first) {
          rows.append(',');
        }
        first = false;
        escape(element.toString());
      }
      rows.append('}');
    } else {
      escape(value.toString());
    }
    return this;
  }

  CopyRows values(Object... values) {
    for (Object value : values) {
      value(value);
    }
    return end();
  }

  CopyRows end() {
    rows.append('\n');
    rowStarted = false;
    count++;
    return this;
  }

  long count() {
    return count;
  }

  /** Sends the rows collected so far and forgets them. */
  long send(Connection connection) throws SQLException {
    if (count == 0) {
      return 0;
    }
    try (Reader reader = new StringReader(rows.toString())) {
      long copied =
          connection
              .unwrap(PGConnection.class)
              .getCopyAPI()
              .copyIn("COPY " + table + " (" + columns + ") FROM STDIN", reader);
      rows.setLength(0);
      count = 0;
      return copied;
    } catch (IOException e) {
      throw new SQLException("could not copy into " + table, e);
    }
  }

  private void escape(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\' -> rows.append("\\\\");
        case '\t' -> rows.append("\\t");
        case '\n' -> rows.append("\\n");
        case '\r' -> rows.append("\\r");
        default -> rows.append(c);
      }
    }
  }
}
