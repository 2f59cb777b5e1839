package org.alliancecare.reliability;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * An MD5 over the rows of every table of every application schema, to prove that requests changed
 * nothing. Left out are the tables whose rows change by design while refused requests arrive:
 * {@code directory.session} (a session's last use is recorded at most once a minute, and the
 * harness's sessions are in use) and {@code directory.sign_in_attempts} (a failed sign-in is
 * counted towards the lockout: that is its purpose).
 */
final class Checksums {

  static final Set<String> CHANGING_BY_DESIGN =
      Set.of("directory.session", "directory.sign_in_attempts");

  private Checksums() {}

  static Map<String, String> of(Connection connection) throws SQLException {
    List<String> tables = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "SELECT table_schema || '.' || table_name FROM information_schema.tables"
                    + " WHERE table_schema NOT IN ('pg_catalog', 'information_schema')"
                    + " AND table_type = 'BASE TABLE' ORDER BY 1")) {
      while (rows.next()) {
        tables.add(rows.getString(1));
      }
    }
    Map<String, String> sums = new TreeMap<>();
    for (String table : tables) {
      if (CHANGING_BY_DESIGN.contains(table)) {
        continue;
      }
      try (Statement statement = connection.createStatement();
          ResultSet rows =
              statement.executeQuery(
                  "SELECT count(*) || ':' || coalesce(md5(string_agg(t::text, '' ORDER BY"
                      + " t::text)), '') FROM "
                      + table
                      + " t")) {
        rows.next();
        sums.put(table, rows.getString(1));
      }
    }
    return sums;
  }
}
