package org.alliancecare.audit.internal.persistence;

import static org.alliancecare.audit.internal.persistence.JdbcJournal.utc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.alliancecare.audit.api.AccessQuery;
import org.alliancecare.audit.api.AccessRecord;
import org.alliancecare.kernel.Page;
import org.alliancecare.kernel.PageRequest;
import org.alliancecare.kernel.jdbc.ResultColumns;

/** The access-log table: rows are only ever added and read. */
public final class JdbcAccessLog {

  private JdbcAccessLog() {}

  /** Adds the rows in one batch; their ids are assigned by the database. */
  public static void add(Connection connection, List<AccessRecord> records) throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO audit.access_log (at, actor, action, resource_type, resource_id,"
                + " patient_id, client_address) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      for (AccessRecord record : records) {
        insert.setObject(1, utc(record.at()));
        insert.setString(2, record.actor());
        insert.setString(3, record.action());
        insert.setString(4, record.resourceType());
        insert.setString(5, record.resourceId());
        insert.setString(6, record.patientId());
        insert.setString(7, record.clientAddress());
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  /** One page of rows matching the query, in log order, after the cursor's id. */
  public static Page<AccessRecord> page(Connection connection, AccessQuery query, PageRequest page)
      throws SQLException {
    StringBuilder sql =
        new StringBuilder(
            "SELECT id, at, actor, action, resource_type, resource_id, patient_id, client_address"
                + " FROM audit.access_log");
    List<Object> values = new ArrayList<>();
    Where where = new Where(sql, values);
    where.equal("patient_id", query.patientId());
    where.equal("actor", query.actor());
    where.atLeast("at", query.from());
    where.before("at", query.to());
    where.after("id", JdbcJournal.afterKey(page));
    sql.append(" ORDER BY id LIMIT ?");
    values.add(page.fetchSize());
    try (PreparedStatement select = connection.prepareStatement(sql.toString())) {
      JdbcJournal.bind(select, values);
      List<AccessRecord> records = new ArrayList<>();
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          records.add(
              new AccessRecord(
                  rows.getLong("id"),
                  ResultColumns.instant(rows, "at"),
                  rows.getString("actor"),
                  rows.getString("action"),
                  rows.getString("resource_type"),
                  rows.getString("resource_id"),
                  rows.getString("patient_id"),
                  rows.getString("client_address")));
        }
      }
      return page.toPage(records, r -> Long.toString(r.id()));
    }
  }
}
