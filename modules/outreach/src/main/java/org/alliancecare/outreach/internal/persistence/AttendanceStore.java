package org.alliancecare.outreach.internal.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.alliancecare.kernel.InvalidInput;
import org.alliancecare.kernel.PageRequest;
import org.alliancecare.outreach.api.AttendanceKind;
import org.alliancecare.outreach.api.AttendanceView;
import org.alliancecare.outreach.internal.domain.ClinicId;

/**
 * Attendances. Recording one happens under the clinic's row lock ({@link ClinicStore#load} with
 * {@code lock}), so the count of booked places read here is the count that the new booking adds to:
 * the last place cannot be given twice.
 */
public final class AttendanceStore {

  private AttendanceStore() {}

  public static boolean attending(Connection connection, ClinicId clinic, String patientId)
      throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT 1 FROM outreach.attendance WHERE clinic_id = ? AND patient_id = ?")) {
      select.setString(1, clinic.toString());
      select.setString(2, patientId);
      try (ResultSet rows = select.executeQuery()) {
        return rows.next();
      }
    }
  }

  public static void insert(Connection connection, AttendanceView attendance) throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO outreach.attendance (id, clinic_id, patient_id, kind, note, recorded_at,"
                + " recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      insert.setString(1, attendance.id());
      insert.setString(2, attendance.clinicId());
      insert.setString(3, attendance.patientId());
      insert.setString(4, attendance.kind().name());
      insert.setString(5, attendance.note());
      insert.setTimestamp(6, Timestamp.from(attendance.recordedAt()));
      insert.setString(7, attendance.recordedBy());
      insert.executeUpdate();
    }
  }

  /** One page of the clinic's attendances in the order recorded. */
  public static List<AttendanceView> page(Connection connection, ClinicId clinic, PageRequest page)
      throws SQLException {
    String after = page.after();
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT id, clinic_id, patient_id, kind, note, recorded_at, recorded_by"
                + " FROM outreach.attendance WHERE clinic_id = ?"
                + (after == null ? "" : " AND (recorded_at, id) > (?, ?)")
                + " ORDER BY recorded_at, id LIMIT ?")) {
      int i = 1;
      select.setString(i++, clinic.toString());
      if (after != null) {
        int bar = after.indexOf('|');
        try {
          select.setTimestamp(i++, Timestamp.from(Instant.parse(after.substring(0, bar))));
        } catch (RuntimeException e) {
          throw InvalidInput.of("cursor", "cursor-not-handed-out");
        }
        select.setString(i++, after.substring(bar + 1));
      }
      select.setInt(i, page.fetchSize());
      List<AttendanceView> found = new ArrayList<>();
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          found.add(
              new AttendanceView(
                  rows.getString("id"),
                  rows.getString("clinic_id"),
                  rows.getString("patient_id"),
                  AttendanceKind.valueOf(rows.getString("kind")),
                  rows.getString("note"),
                  rows.getTimestamp("recorded_at").toInstant(),
                  rows.getString("recorded_by")));
        }
      }
      return found;
    }
  }

  public static String cursorOf(AttendanceView attendance) {
    return attendance.recordedAt() + "|" + attendance.id();
  }

  /** A moved attendance: which, of which clinic. */
  public record Moved(String attendanceId, String clinicId) {}

  /** Gives a merged duplicate's attendances to the surviving patient; answers which moved. */
  public static List<Moved> movePatient(
      Connection connection, String duplicateId, String survivorId) throws SQLException {
    try (PreparedStatement update =
        connection.prepareStatement(
            "UPDATE outreach.attendance SET patient_id = ? WHERE patient_id = ?"
                + " RETURNING id, clinic_id")) {
      update.setString(1, survivorId);
      update.setString(2, duplicateId);
      List<Moved> moved = new ArrayList<>();
      try (ResultSet rows = update.executeQuery()) {
        while (rows.next()) {
          moved.add(new Moved(rows.getString(1), rows.getString(2)));
        }
      }
      return moved;
    }
  }
}
