package org.alliancecare.outreach.internal.persistence;

import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.alliancecare.kernel.InvalidInput;
import org.alliancecare.kernel.PageRequest;
import org.alliancecare.kernel.StaleVersion;
import org.alliancecare.outreach.api.ClinicQuery;
import org.alliancecare.outreach.api.ClinicService;
import org.alliancecare.outreach.api.ClinicStatus;
import org.alliancecare.outreach.internal.domain.AlreadyStaffed;
import org.alliancecare.outreach.internal.domain.CapacityBelowBookings;
import org.alliancecare.outreach.internal.domain.Clinic;
import org.alliancecare.outreach.internal.domain.ClinicDetails;
import org.alliancecare.outreach.internal.domain.ClinicId;
import org.alliancecare.outreach.internal.domain.ClinicNumber;
import org.alliancecare.outreach.internal.domain.ClinicSchedule;
import org.alliancecare.outreach.internal.domain.PractitionerDoubleBooked;
import org.alliancecare.outreach.internal.domain.StaffMember;

/**
 * Clinics and their staff. A clinic is loaded whole (with its alliances, services and staff); a
 * change is written back under the version it was loaded at. The staff rows carry the clinic's UTC
 * time range, which the exclusion constraint {@code practitioner_double_booked} keeps apart per
 * practitioner; its refusal is answered as {@link PractitionerDoubleBooked}.
 */
public final class ClinicStore {

  static final String EXCLUSION_VIOLATION = "23P01";
  static final String DEADLOCK_DETECTED = "40P01";
  static final String UNIQUE_VIOLATION = "23505";
  static final String CHECK_VIOLATION = "23514";
  private static final String COLUMNS =
      "id, clinic_number, title, host_alliance_id, place_code, venue, local_date, start_time,"
          + " end_time, time_zone, capacity, status, cancellation_reason, summary, sequence,"
          + " version, starts_at";

  private ClinicStore() {}

  /** The next clinic number for a clinic in {@code year}. */
  public static ClinicNumber nextNumber(Connection connection, int year) throws SQLException {
    try (PreparedStatement next =
            connection.prepareStatement("SELECT nextval('outreach.clinic_number')");
        ResultSet rows = next.executeQuery()) {
      rows.next();
      return ClinicNumber.of(year, rows.getLong(1));
    }
  }

  public static void insert(Connection connection, Clinic clinic, String actor, Instant now)
      throws SQLException {
    ClinicDetails details = clinic.details();
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO outreach.clinic (id, clinic_number, title, host_alliance_id, place_code,"
                + " venue, local_date, start_time, end_time, time_zone, starts_at, ends_at,"
                + " capacity, status, sequence, created_at, created_by, updated_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      insert.setString(1, clinic.id().toString());
      insert.setString(2, clinic.number().value());
      insert.setString(3, details.title());
      insert.setString(4, details.hostAllianceId());
      insert.setString(5, details.placeCode());
      insert.setString(6, details.venue());
      bindSchedule(insert, 7, details.schedule());
      insert.setInt(13, details.capacity());
      insert.setString(14, clinic.status().name());
      insert.setInt(15, clinic.sequence());
      insert.setTimestamp(16, Timestamp.from(now));
      insert.setString(17, actor);
      insert.setTimestamp(18, Timestamp.from(now));
      insert.executeUpdate();
    }
    writeAlliancesAndServices(connection, clinic);
  }

  /**
   * The clinic, and with {@code lock} its row locked until the transaction ends (every change of a
   * clinic takes the lock, so changes of one clinic, bookings included, run one after the other).
   */
  public static Optional<Clinic> load(Connection connection, ClinicId id, boolean lock)
      throws SQLException {
    String sql = "SELECT " + COLUMNS + " FROM outreach.clinic WHERE id = ?";
    try (PreparedStatement select = connection.prepareStatement(lock ? sql + " FOR UPDATE" : sql)) {
      select.setString(1, id.toString());
      try (ResultSet rows = select.executeQuery()) {
        if (!rows.next()) {
          return Optional.empty();
        }
        return Optional.of(clinic(connection, rows));
      }
    }
  }

  /**
   * Writes the clinic's changed state if it is still at the version it was loaded at, and raises
   * the version.
   */
  public static long update(Connection connection, Clinic clinic, Instant now) throws SQLException {
    ClinicDetails details = clinic.details();
    try (PreparedStatement update =
        connection.prepareStatement(
            "UPDATE outreach.clinic SET title = ?, place_code = ?, venue = ?, local_date = ?,"
                + " start_time = ?, end_time = ?, time_zone = ?, starts_at = ?, ends_at = ?,"
                + " capacity = ?, status = ?, cancellation_reason = ?, summary = ?, sequence = ?,"
                + " updated_at = ?, version = version + 1 WHERE id = ? AND version = ?")) {
      update.setString(1, details.title());
      update.setString(2, details.placeCode());
      update.setString(3, details.venue());
      bindSchedule(update, 4, details.schedule());
      update.setInt(10, details.capacity());
      update.setString(11, clinic.status().name());
      update.setString(12, clinic.cancellationReason());
      update.setString(13, clinic.summary());
      update.setInt(14, clinic.sequence());
      update.setTimestamp(15, Timestamp.from(now));
      update.setString(16, clinic.id().toString());
      update.setLong(17, clinic.version());
      if (update.executeUpdate() != 1) {
        throw new StaleVersion(clinic.version(), -1);
      }
    } catch (SQLException e) {
      if (CHECK_VIOLATION.equals(e.getSQLState())) {
        throw new CapacityBelowBookings();
      }
      throw e;
    }
    for (String table : List.of("clinic_joining_alliance", "clinic_service")) {
      try (PreparedStatement delete =
          connection.prepareStatement("DELETE FROM outreach." + table + " WHERE clinic_id = ?")) {
        delete.setString(1, clinic.id().toString());
        delete.executeUpdate();
      }
    }
    writeAlliancesAndServices(connection, clinic);
    return clinic.version() + 1;
  }

  /**
   * Adds a staff row holding the clinic's time. The database refuses it when the practitioner's
   * time is taken by another clinic that is not cancelled ({@link PractitionerDoubleBooked}); a
   * concurrent request for an overlapping clinic waits for this one's transaction and then fails.
   */
  public static void insertStaff(
      Connection connection,
      Clinic clinic,
      StaffMember member,
      String actor,
      Instant now,
      String conflictingClinicNumber)
      throws SQLException {
    ClinicSchedule schedule = clinic.details().schedule();
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO outreach.clinic_staff (clinic_id, practitioner_id, role,"
                + " via_alliance_id, during, assigned_at, assigned_by)"
                + " VALUES (?, ?, ?, ?, tstzrange(?, ?, '[)'), ?, ?)")) {
      insert.setString(1, clinic.id().toString());
      insert.setString(2, member.practitionerId());
      insert.setString(3, member.role());
      insert.setString(4, member.viaAllianceId());
      insert.setObject(5, utc(schedule.startsAt()));
      insert.setObject(6, utc(schedule.endsAt()));
      insert.setTimestamp(7, Timestamp.from(now));
      insert.setString(8, actor);
      insert.executeUpdate();
    } catch (SQLException e) {
      // two concurrent staffings of one practitioner on overlapping clinics each wait for the other
      // while checking the exclusion constraint; PostgreSQL aborts one of them as a deadlock and
      // the other is stored: the aborted one is the double booking
      if (EXCLUSION_VIOLATION.equals(e.getSQLState())
          || DEADLOCK_DETECTED.equals(e.getSQLState())) {
        throw new PractitionerDoubleBooked(conflictingClinicNumber);
      }
      if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
        throw new AlreadyStaffed();
      }
      throw e;
    }
  }

  public static void deleteStaff(Connection connection, ClinicId clinic, String practitionerId)
      throws SQLException {
    try (PreparedStatement delete =
        connection.prepareStatement(
            "DELETE FROM outreach.clinic_staff WHERE clinic_id = ? AND practitioner_id = ?")) {
      delete.setString(1, clinic.toString());
      delete.setString(2, practitionerId);
      delete.executeUpdate();
    }
  }

  /** The places booked. */
  public static int booked(Connection connection, ClinicId clinic) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement("SELECT booked FROM outreach.clinic WHERE id = ?")) {
      select.setString(1, clinic.toString());
      try (ResultSet rows = select.executeQuery()) {
        return rows.next() ? rows.getInt(1) : 0;
      }
    }
  }

  /**
   * Takes one of the clinic's places if one is left and the clinic receives patients; answers
   * whether it did. One statement, so the row lock it takes lasts only until the commit: run it
   * last in the booking's transaction.
   */
  public static boolean takePlace(Connection connection, ClinicId clinic) throws SQLException {
    try (PreparedStatement update =
        connection.prepareStatement(
            "UPDATE outreach.clinic SET booked = booked + 1 WHERE id = ? AND booked < capacity"
                + " AND status IN ('PUBLISHED', 'IN_PROGRESS')")) {
      update.setString(1, clinic.toString());
      return update.executeUpdate() == 1;
    }
  }

  /**
   * The clinic's status, read under a shared lock until the commit: a walk-in recorded now cannot
   * cross a cancellation or completion being committed at the same moment.
   */
  public static Optional<ClinicStatus> statusHeld(Connection connection, ClinicId clinic)
      throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement("SELECT status FROM outreach.clinic WHERE id = ? FOR SHARE")) {
      select.setString(1, clinic.toString());
      try (ResultSet rows = select.executeQuery()) {
        return rows.next()
            ? Optional.of(ClinicStatus.valueOf(rows.getString(1)))
            : Optional.empty();
      }
    }
  }

  /** Moves the staff's held time with a rescheduled clinic; refused if someone is then booked. */
  public static void moveStaffTime(Connection connection, Clinic clinic) throws SQLException {
    ClinicSchedule schedule = clinic.details().schedule();
    try (PreparedStatement update =
        connection.prepareStatement(
            "UPDATE outreach.clinic_staff SET during = tstzrange(?, ?, '[)') WHERE clinic_id = ?")) {
      update.setObject(1, utc(schedule.startsAt()));
      update.setObject(2, utc(schedule.endsAt()));
      update.setString(3, clinic.id().toString());
      update.executeUpdate();
    } catch (SQLException e) {
      if (EXCLUSION_VIOLATION.equals(e.getSQLState())) {
        throw new PractitionerDoubleBooked(null);
      }
      throw e;
    }
  }

  /** A cancelled clinic no longer holds its staff's time. */
  public static void releaseStaffTime(Connection connection, ClinicId clinic) throws SQLException {
    try (PreparedStatement update =
        connection.prepareStatement(
            "UPDATE outreach.clinic_staff SET released = true WHERE clinic_id = ?")) {
      update.setString(1, clinic.toString());
      update.executeUpdate();
    }
  }

  /**
   * The number of another clinic whose held staff time overlaps {@code [startsAt, endsAt)} for the
   * practitioner, to name it in the refusal (the constraint decides, this only explains).
   */
  public static Optional<String> overlappingClinic(
      Connection connection,
      String practitionerId,
      Instant startsAt,
      Instant endsAt,
      ClinicId except)
      throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT c.clinic_number FROM outreach.clinic_staff s"
                + " JOIN outreach.clinic c ON c.id = s.clinic_id"
                + " WHERE s.practitioner_id = ? AND NOT s.released AND s.clinic_id <> ?"
                + " AND s.during && tstzrange(?, ?, '[)') ORDER BY c.starts_at LIMIT 1")) {
      select.setString(1, practitionerId);
      select.setString(2, except.toString());
      select.setObject(3, utc(startsAt));
      select.setObject(4, utc(endsAt));
      try (ResultSet rows = select.executeQuery()) {
        return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
      }
    }
  }

  /** One page of clinics in order of start, after the cursor, matching the query. */
  public static List<Clinic> page(Connection connection, ClinicQuery query, PageRequest page)
      throws SQLException {
    StringBuilder sql =
        new StringBuilder("SELECT " + COLUMNS + " FROM outreach.clinic c WHERE true");
    List<Object> parameters = new ArrayList<>();
    if (query.from() != null) {
      sql.append(" AND c.local_date >= ?");
      parameters.add(Date.valueOf(query.from()));
    }
    if (query.to() != null) {
      sql.append(" AND c.local_date <= ?");
      parameters.add(Date.valueOf(query.to()));
    }
    if (query.allianceId() != null) {
      sql.append(
          " AND (c.host_alliance_id = ? OR EXISTS (SELECT 1 FROM outreach.clinic_joining_alliance"
              + " j WHERE j.clinic_id = c.id AND j.alliance_id = ?))");
      parameters.add(query.allianceId());
      parameters.add(query.allianceId());
    }
    if (query.placeCode() != null) {
      sql.append(" AND c.place_code = ?");
      parameters.add(query.placeCode());
    }
    if (query.status() != null) {
      sql.append(" AND c.status = ?");
      parameters.add(query.status().name());
    }
    Cursor after = Cursor.parse(page.after());
    if (after != null) {
      sql.append(" AND (c.starts_at, c.id) > (?, ?)");
      parameters.add(utc(after.startsAt()));
      parameters.add(after.id());
    }
    sql.append(" ORDER BY c.starts_at, c.id LIMIT ?");
    parameters.add(page.fetchSize());
    return clinics(connection, sql.toString(), parameters);
  }

  /** Every clinic of an alliance (host or joining) or staffed by a practitioner, by start. */
  public static List<Clinic> calendar(
      Connection connection, String allianceId, String practitionerId) throws SQLException {
    StringBuilder sql =
        new StringBuilder("SELECT " + COLUMNS + " FROM outreach.clinic c WHERE true");
    List<Object> parameters = new ArrayList<>();
    if (allianceId != null) {
      sql.append(
          " AND (c.host_alliance_id = ? OR EXISTS (SELECT 1 FROM outreach.clinic_joining_alliance"
              + " j WHERE j.clinic_id = c.id AND j.alliance_id = ?))");
      parameters.add(allianceId);
      parameters.add(allianceId);
    }
    if (practitionerId != null) {
      sql.append(
          " AND EXISTS (SELECT 1 FROM outreach.clinic_staff s WHERE s.clinic_id = c.id"
              + " AND s.practitioner_id = ?)");
      parameters.add(practitionerId);
    }
    sql.append(" ORDER BY c.starts_at, c.id");
    return clinics(connection, sql.toString(), parameters);
  }

  /** The sort key of a clinic in lists, for the next page's cursor. */
  public static String cursorOf(Clinic clinic) {
    return new Cursor(clinic.details().schedule().startsAt(), clinic.id().toString()).toString();
  }

  private static List<Clinic> clinics(Connection connection, String sql, List<Object> parameters)
      throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.size(); i++) {
        select.setObject(i + 1, parameters.get(i));
      }
      List<Clinic> found = new ArrayList<>();
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          found.add(clinic(connection, rows));
        }
      }
      return found;
    }
  }

  private static Clinic clinic(Connection connection, ResultSet rows) throws SQLException {
    String id = rows.getString("id");
    ClinicSchedule schedule =
        new ClinicSchedule(
            rows.getDate("local_date").toLocalDate(),
            rows.getTime("start_time").toLocalTime(),
            rows.getTime("end_time").toLocalTime(),
            ZoneId.of(rows.getString("time_zone")));
    ClinicDetails details =
        new ClinicDetails(
            rows.getString("title"),
            rows.getString("host_alliance_id"),
            strings(
                connection,
                "SELECT alliance_id FROM outreach.clinic_joining_alliance WHERE clinic_id = ?"
                    + " ORDER BY alliance_id",
                id),
            rows.getString("place_code"),
            rows.getString("venue"),
            schedule,
            services(connection, id),
            rows.getInt("capacity"));
    return new Clinic(
        new ClinicId(UUID.fromString(id)),
        new ClinicNumber(rows.getString("clinic_number")),
        details,
        ClinicStatus.valueOf(rows.getString("status")),
        staff(connection, id),
        rows.getString("cancellation_reason"),
        rows.getString("summary"),
        rows.getInt("sequence"),
        rows.getLong("version"));
  }

  private static Set<ClinicService> services(Connection connection, String clinicId)
      throws SQLException {
    Set<ClinicService> services = EnumSet.noneOf(ClinicService.class);
    for (String service :
        strings(
            connection,
            "SELECT service FROM outreach.clinic_service WHERE clinic_id = ?",
            clinicId)) {
      services.add(ClinicService.valueOf(service));
    }
    return services;
  }

  private static List<StaffMember> staff(Connection connection, String clinicId)
      throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT practitioner_id, role, via_alliance_id FROM outreach.clinic_staff"
                + " WHERE clinic_id = ? ORDER BY assigned_at, practitioner_id")) {
      select.setString(1, clinicId);
      List<StaffMember> staff = new ArrayList<>();
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          staff.add(
              new StaffMember(
                  rows.getString("practitioner_id"),
                  rows.getString("role"),
                  rows.getString("via_alliance_id")));
        }
      }
      return staff;
    }
  }

  private static Set<String> strings(Connection connection, String sql, String clinicId)
      throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(sql)) {
      select.setString(1, clinicId);
      Set<String> values = new LinkedHashSet<>();
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          values.add(rows.getString(1));
        }
      }
      return values;
    }
  }

  private static void writeAlliancesAndServices(Connection connection, Clinic clinic)
      throws SQLException {
    ClinicDetails details = clinic.details();
    try (PreparedStatement alliances =
            connection.prepareStatement(
                "INSERT INTO outreach.clinic_joining_alliance (clinic_id, alliance_id)"
                    + " SELECT ?, unnest(?::text[])");
        PreparedStatement services =
            connection.prepareStatement(
                "INSERT INTO outreach.clinic_service (clinic_id, service)"
                    + " SELECT ?, unnest(?::text[])")) {
      Array joining = connection.createArrayOf("text", details.joiningAllianceIds().toArray());
      alliances.setString(1, clinic.id().toString());
      alliances.setArray(2, joining);
      alliances.executeUpdate();
      Array offered =
          connection.createArrayOf(
              "text", details.services().stream().map(ClinicService::name).toArray());
      services.setString(1, clinic.id().toString());
      services.setArray(2, offered);
      services.executeUpdate();
    }
  }

  private static void bindSchedule(PreparedStatement statement, int first, ClinicSchedule schedule)
      throws SQLException {
    statement.setDate(first, Date.valueOf(schedule.date()));
    statement.setTime(first + 1, Time.valueOf(schedule.start()));
    statement.setTime(first + 2, Time.valueOf(schedule.end()));
    statement.setString(first + 3, schedule.zone().getId());
    statement.setObject(first + 4, utc(schedule.startsAt()));
    statement.setObject(first + 5, utc(schedule.endsAt()));
  }

  static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  /** A list's position: the start and id of the last clinic handed out. */
  record Cursor(Instant startsAt, String id) {

    static Cursor parse(String text) {
      if (text == null) {
        return null;
      }
      int bar = text.indexOf('|');
      try {
        return new Cursor(Instant.parse(text.substring(0, bar)), text.substring(bar + 1));
      } catch (RuntimeException e) {
        throw InvalidInput.of("cursor", "cursor-not-handed-out");
      }
    }

    @Override
    public String toString() {
      return startsAt + "|" + id;
    }
  }
}
