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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.alliancecare.alliances.api.MembershipRole;
import org.alliancecare.alliances.internal.domain.AllianceId;
import org.alliancecare.alliances.internal.domain.Membership;
import org.alliancecare.alliances.internal.domain.MembershipId;
import org.alliancecare.alliances.internal.domain.Roster;

/** The membership table: rosters loaded whole, changes appended or closed, never deleted. */
public final class MembershipStore {

  private static final String HOLDS_ON = " AND since <= ? AND (ends_on IS NULL OR ends_on > ?)";

  private MembershipStore() {}

  /** Every membership of the alliance, past, present and future. */
  public static Roster roster(Connection connection, AllianceId alliance) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT id, practitioner_id, role, since, ends_on, end_reason"
                + " FROM alliances.membership WHERE alliance_id = ? ORDER BY since, id")) {
      select.setString(1, alliance.toString());
      List<Membership> memberships = new ArrayList<>();
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          Date endsOn = rows.getDate("ends_on");
          memberships.add(
              new Membership(
                  new MembershipId(UUID.fromString(rows.getString("id"))),
                  rows.getString("practitioner_id"),
                  MembershipRole.valueOf(rows.getString("role")),
                  rows.getDate("since").toLocalDate(),
                  endsOn == null ? null : endsOn.toLocalDate(),
                  rows.getString("end_reason")));
        }
      }
      return new Roster(alliance, memberships);
    }
  }

  /** Writes what the roster's changes added and ended. */
  public static void save(Connection connection, Roster roster, String actor, Instant now)
      throws SQLException {
    try (PreparedStatement end =
        connection.prepareStatement(
            "UPDATE alliances.membership SET ends_on = ?, end_reason = ?, ended_at = ?,"
                + " ended_by = ?, version = version + 1 WHERE id = ?")) {
      for (Membership membership : roster.ended()) {
        end.setDate(1, Date.valueOf(membership.endsOn()));
        end.setString(2, membership.endReason());
        end.setTimestamp(3, Timestamp.from(now));
        end.setString(4, actor);
        end.setString(5, membership.id().toString());
        end.addBatch();
      }
      end.executeBatch();
    }
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO alliances.membership (id, alliance_id, practitioner_id, role, since,"
                + " ends_on, end_reason, recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (Membership membership : roster.added()) {
        insert.setString(1, membership.id().toString());
        insert.setString(2, roster.alliance().toString());
        insert.setString(3, membership.practitionerId());
        insert.setString(4, membership.role().name());
        insert.setDate(5, Date.valueOf(membership.since()));
        insert.setDate(6, membership.endsOn() == null ? null : Date.valueOf(membership.endsOn()));
        insert.setString(7, membership.endReason());
        insert.setTimestamp(8, Timestamp.from(now));
        insert.setString(9, actor);
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  public static boolean isMember(
      Connection connection, String allianceId, String practitionerId, LocalDate day)
      throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT 1 FROM alliances.membership WHERE alliance_id = ? AND practitioner_id = ?"
                + HOLDS_ON)) {
      select.setString(1, allianceId);
      select.setString(2, practitionerId);
      select.setDate(3, Date.valueOf(day));
      select.setDate(4, Date.valueOf(day));
      try (ResultSet rows = select.executeQuery()) {
        return rows.next();
      }
    }
  }

  public static Set<String> alliancesLedBy(
      Connection connection, String practitionerId, LocalDate day) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT alliance_id FROM alliances.membership WHERE practitioner_id = ?"
                + " AND role = 'LEAD'"
                + HOLDS_ON
                + " ORDER BY alliance_id")) {
      select.setString(1, practitionerId);
      select.setDate(2, Date.valueOf(day));
      select.setDate(3, Date.valueOf(day));
      Set<String> led = new LinkedHashSet<>();
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          led.add(rows.getString(1));
        }
      }
      return led;
    }
  }
}
