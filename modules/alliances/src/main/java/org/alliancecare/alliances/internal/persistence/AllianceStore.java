package org.alliancecare.alliances.internal.persistence;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.alliancecare.alliances.api.NewAlliance;
import org.alliancecare.alliances.internal.domain.AllianceCode;
import org.alliancecare.alliances.internal.domain.AllianceId;
import org.alliancecare.kernel.PageRequest;

/** The alliance table, read together with each alliance's lead and member count on a day. */
public final class AllianceStore {

  private static final String SELECT =
      "SELECT a.id, a.code, a.name_zh, a.name_en, a.specialty, a.founded_on, a.version,"
          + " l.practitioner_id AS lead_id, l.since AS lead_since,"
          + " (SELECT count(*) FROM alliances.membership m WHERE m.alliance_id = a.id"
          + "   AND m.since <= ? AND (m.ends_on IS NULL OR m.ends_on > ?)) AS member_count"
          + " FROM alliances.alliance a"
          + " LEFT JOIN alliances.membership l ON l.alliance_id = a.id AND l.role = 'LEAD'"
          + "   AND l.since <= ? AND (l.ends_on IS NULL OR l.ends_on > ?)";

  private AllianceStore() {}

  public static Optional<AllianceRow> find(Connection connection, String id, LocalDate day)
      throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(SELECT + " WHERE a.id = ?")) {
      bindDay(select, day);
      select.setString(5, id);
      try (ResultSet rows = select.executeQuery()) {
        return rows.next() ? Optional.of(row(rows)) : Optional.empty();
      }
    }
  }

  /** One page in code order, after the cursor's code. */
  public static List<AllianceRow> page(Connection connection, PageRequest page, LocalDate day)
      throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement(SELECT + " WHERE a.code > ? ORDER BY a.code LIMIT ?")) {
      bindDay(select, day);
      select.setString(5, page.after() == null ? "" : page.after());
      select.setInt(6, page.fetchSize());
      List<AllianceRow> found = new ArrayList<>();
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          found.add(row(rows));
        }
      }
      return found;
    }
  }

  /**
   * Locks the alliance's row until the transaction ends, so that membership changes of one alliance
   * run one after the other; answers whether the alliance exists.
   */
  public static boolean lock(Connection connection, AllianceId id) throws SQLException {
    try (PreparedStatement lock =
        connection.prepareStatement("SELECT 1 FROM alliances.alliance WHERE id = ? FOR UPDATE")) {
      lock.setString(1, id.toString());
      try (ResultSet rows = lock.executeQuery()) {
        return rows.next();
      }
    }
  }

  /** Raises the alliance's version: its roster changed. */
  public static void touch(Connection connection, AllianceId id) throws SQLException {
    try (PreparedStatement update =
        connection.prepareStatement(
            "UPDATE alliances.alliance SET version = version + 1 WHERE id = ?")) {
      update.setString(1, id.toString());
      update.executeUpdate();
    }
  }

  /** Inserts the alliance unless its code is taken; answers whether it was inserted. */
  public static boolean insert(
      Connection connection, AllianceId id, AllianceCode code, NewAlliance alliance, Instant now)
      throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO alliances.alliance"
                + " (id, code, name_zh, name_en, specialty, founded_on, created_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (code) DO NOTHING")) {
      insert.setString(1, id.toString());
      insert.setString(2, code.value());
      insert.setString(3, alliance.nameZh().strip());
      insert.setString(4, alliance.nameEn().strip());
      insert.setString(5, alliance.specialty().strip());
      insert.setDate(6, alliance.foundedOn() == null ? null : Date.valueOf(alliance.foundedOn()));
      insert.setTimestamp(7, Timestamp.from(now));
      return insert.executeUpdate() == 1;
    }
  }

  private static void bindDay(PreparedStatement statement, LocalDate day) throws SQLException {
    Date date = Date.valueOf(day);
    for (int i = 1; i <= 4; i++) {
      statement.setDate(i, date);
    }
  }

  private static AllianceRow row(ResultSet rows) throws SQLException {
    Date founded = rows.getDate("founded_on");
    Date leadSince = rows.getDate("lead_since");
    return new AllianceRow(
        rows.getString("id"),
        rows.getString("code"),
        rows.getString("name_zh"),
        rows.getString("name_en"),
        rows.getString("specialty"),
        founded == null ? null : founded.toLocalDate(),
        rows.getString("lead_id"),
        leadSince == null ? null : leadSince.toLocalDate(),
        rows.getInt("member_count"),
        rows.getLong("version"));
  }
}
