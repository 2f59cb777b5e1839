package org.alliancecare.referrals.internal.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.alliancecare.kernel.InvalidInput;
import org.alliancecare.kernel.PageRequest;
import org.alliancecare.kernel.StaleVersion;
import org.alliancecare.kernel.jdbc.ListQuery;
import org.alliancecare.kernel.jdbc.ResultColumns;
import org.alliancecare.referrals.api.ReferralQuery;
import org.alliancecare.referrals.api.ReferralSource;
import org.alliancecare.referrals.api.ReferralStatus;
import org.alliancecare.referrals.api.SourceKind;
import org.alliancecare.referrals.api.Urgency;
import org.alliancecare.referrals.internal.domain.PatientId;
import org.alliancecare.referrals.internal.domain.Referral;
import org.alliancecare.referrals.internal.domain.ReferralId;
import org.alliancecare.referrals.internal.domain.ReferralNumber;
import org.alliancecare.referrals.internal.domain.Transition;

/**
 * The referrals table and its transitions. Connections come from the application's JTA data source,
 * so that every statement joins the transaction of the facade method that runs it.
 */
@ApplicationScoped
public class ReferralStore {

  private static final String COLUMNS =
      "id, referral_number, patient_id, place_code, county_code, source_kind, source_id,"
          + " to_organisation_id, specialty, urgency, reason, due_on, status, appointment_at,"
          + " outcome, findings, requested_at, requested_by, completed_at, version";
  private static final String OPEN = "status IN ('REQUESTED', 'ACCEPTED', 'SCHEDULED')";

  @Inject DataSource dataSource;

  public ReferralStore() {}

  /** A store on a data source of the caller's choice (tests). */
  public ReferralStore(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** The next number of the referral number sequence. */
  public long nextNumber() {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement next =
            connection.prepareStatement("SELECT nextval('referrals.referral_number_seq')");
        ResultSet row = next.executeQuery()) {
      row.next();
      return row.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException("could not draw a referral number", e);
    }
  }

  /** Stores a new referral with its history. */
  public void add(Referral referral, List<String> placePath) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert =
            connection.prepareStatement(
                "INSERT INTO referrals.referral ("
                    + COLUMNS
                    + ", place_path) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                    + " ?, ?, ?)")) {
      insert.setObject(1, referral.id().value());
      insert.setString(2, referral.number().value());
      insert.setObject(3, referral.patient().value());
      insert.setString(4, referral.placeCode());
      insert.setString(5, referral.countyCode());
      insert.setString(6, referral.source().kind().name());
      insert.setString(7, referral.source().id());
      insert.setString(8, referral.toOrganisationId());
      insert.setString(9, referral.specialty());
      insert.setString(10, referral.urgency().name());
      insert.setString(11, referral.reason());
      insert.setObject(12, referral.dueOn());
      insert.setString(13, referral.status().name());
      insert.setObject(14, utc(referral.appointmentAt()));
      insert.setString(15, referral.outcome());
      insert.setString(16, referral.findings());
      insert.setObject(17, utc(referral.requestedAt()));
      insert.setString(18, referral.requestedBy());
      insert.setObject(19, utc(referral.completedAt()));
      insert.setLong(20, referral.version());
      insert.setArray(21, connection.createArrayOf("text", placePath.toArray()));
      insert.executeUpdate();
      List<Transition> history = referral.transitions();
      for (int i = 0; i < history.size(); i++) {
        addTransition(connection, referral.id(), i + 1, history.get(i));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not store referral " + referral.number(), e);
    }
  }

  /**
   * Stores a change of status made on the version that was read, with its transition; a referral
   * changed meanwhile by someone else answers {@link StaleVersion}.
   */
  public void update(Referral referral, Transition transition) {
    long read = referral.version();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement update =
            connection.prepareStatement(
                "UPDATE referrals.referral SET status = ?, appointment_at = ?, outcome = ?,"
                    + " findings = ?, completed_at = ?, version = version + 1"
                    + " WHERE id = ? AND version = ?")) {
      update.setString(1, referral.status().name());
      update.setObject(2, utc(referral.appointmentAt()));
      update.setString(3, referral.outcome());
      update.setString(4, referral.findings());
      update.setObject(5, utc(referral.completedAt()));
      update.setObject(6, referral.id().value());
      update.setLong(7, read);
      if (update.executeUpdate() != 1) {
        throw new StaleVersion(read, currentVersion(connection, referral.id()));
      }
      addTransition(connection, referral.id(), referral.transitions().size(), transition);
      referral.stored(read + 1);
    } catch (SQLException e) {
      throw new IllegalStateException("could not store referral " + referral.number(), e);
    }
  }

  /** Moves the referral to the surviving patient of a merge. */
  public void reassign(Referral referral) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement update =
            connection.prepareStatement(
                "UPDATE referrals.referral SET patient_id = ?, version = version + 1"
                    + " WHERE id = ?")) {
      update.setObject(1, referral.patient().value());
      update.setObject(2, referral.id().value());
      update.executeUpdate();
      referral.stored(referral.version() + 1);
    } catch (SQLException e) {
      throw new IllegalStateException("could not move referral " + referral.number(), e);
    }
  }

  public Optional<Referral> find(ReferralId id) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select =
            connection.prepareStatement(
                "SELECT " + COLUMNS + " FROM referrals.referral WHERE id = ?")) {
      select.setObject(1, id.value());
      List<Referral> found = referrals(connection, select, true);
      return found.stream().findFirst();
    } catch (SQLException e) {
      throw new IllegalStateException("could not read referral " + id, e);
    }
  }

  public List<Referral> ofPatient(PatientId patient) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select =
            connection.prepareStatement(
                "SELECT "
                    + COLUMNS
                    + " FROM referrals.referral WHERE patient_id = ? ORDER BY referral_number")) {
      select.setObject(1, patient.value());
      return referrals(connection, select, true);
    } catch (SQLException e) {
      throw new IllegalStateException("could not read a patient's referrals", e);
    }
  }

  /** The referrals of these patients, by number: one query (and one for their transitions). */
  public List<Referral> ofPatients(Collection<PatientId> patients) {
    if (patients.isEmpty()) {
      return List.of();
    }
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select =
            connection.prepareStatement(
                "SELECT "
                    + COLUMNS
                    + " FROM referrals.referral WHERE patient_id = ANY (?::uuid[])"
                    + " ORDER BY referral_number")) {
      select.setArray(
          1,
          connection.createArrayOf(
              "text", patients.stream().map(PatientId::toString).toArray(String[]::new)));
      return referrals(connection, select, true);
    } catch (SQLException e) {
      throw new IllegalStateException("could not read the patients' referrals", e);
    }
  }

  /**
   * One page of a work list within {@code places} (the caller's scope), ordered by due date and
   * number; {@code today} decides what is overdue. The cursor key is {@code dueOn/number}.
   */
  public List<Referral> page(
      ReferralQuery query, Collection<String> places, LocalDate today, PageRequest page) {
    ListQuery select =
        new ListQuery(
            "SELECT " + COLUMNS + " FROM referrals.referral WHERE place_code = ANY(?)",
            (Object) places.toArray(String[]::new));
    if (query.status() != null) {
      select.and("status = ?", query.status().name());
    }
    if (query.toOrganisationId() != null) {
      select.and("to_organisation_id = ?", query.toOrganisationId());
    }
    if (query.placeCode() != null) {
      select.and("place_path @> ARRAY[?]::text[]", query.placeCode());
    }
    if (query.referralNumber() != null) {
      select.and("referral_number = ?", query.referralNumber());
    }
    if (query.overdue() != null) {
      select.and((query.overdue() ? "(" : "NOT (") + OPEN + " AND due_on < ?)", today);
    }
    select.page(page, "due_on, referral_number", ReferralStore::cursorValues);
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = select.prepare(connection)) {
      return referrals(connection, statement, false);
    } catch (SQLException e) {
      throw new IllegalStateException("could not list referrals", e);
    }
  }

  /** The cursor key of a referral in a work list. */
  public static String cursorKey(Referral referral) {
    return referral.dueOn() + "/" + referral.number().value();
  }

  /** The due date and number in a cursor key ({@link #cursorKey}). */
  private static List<Object> cursorValues(String key) {
    String[] parts = key.split("/", 2);
    if (parts.length != 2) {
      throw InvalidInput.of("cursor", "cursor-not-handed-out");
    }
    return List.of(parseDate(parts[0]), parts[1]);
  }

  private static LocalDate parseDate(String text) {
    try {
      return LocalDate.parse(text);
    } catch (RuntimeException e) {
      throw InvalidInput.of("cursor", "cursor-not-handed-out");
    }
  }

  private static List<Referral> referrals(
      Connection connection, PreparedStatement select, boolean withHistory) throws SQLException {
    List<Referral.Snapshot> rows = new ArrayList<>();
    try (ResultSet row = select.executeQuery()) {
      while (row.next()) {
        rows.add(snapshot(row));
      }
    }
    Map<UUID, List<Transition>> histories =
        withHistory && !rows.isEmpty()
            ? transitions(connection, rows.stream().map(r -> r.id().value()).toList())
            : Map.of();
    List<Referral> referrals = new ArrayList<>();
    for (Referral.Snapshot s : rows) {
      referrals.add(
          Referral.restore(
              new Referral.Snapshot(
                  s.id(),
                  s.number(),
                  s.patient(),
                  s.placeCode(),
                  s.countyCode(),
                  s.source(),
                  s.toOrganisationId(),
                  s.specialty(),
                  s.urgency(),
                  s.reason(),
                  s.dueOn(),
                  s.requestedAt(),
                  s.requestedBy(),
                  s.status(),
                  s.appointmentAt(),
                  s.outcome(),
                  s.findings(),
                  s.completedAt(),
                  s.version(),
                  histories.getOrDefault(s.id().value(), List.of()))));
    }
    return referrals;
  }

  private static Referral.Snapshot snapshot(ResultSet row) throws SQLException {
    return new Referral.Snapshot(
        new ReferralId(ResultColumns.uuid(row, "id")),
        new ReferralNumber(row.getString("referral_number")),
        new PatientId(ResultColumns.uuid(row, "patient_id")),
        row.getString("place_code"),
        row.getString("county_code"),
        new ReferralSource(
            SourceKind.valueOf(row.getString("source_kind")), row.getString("source_id")),
        row.getString("to_organisation_id"),
        row.getString("specialty"),
        Urgency.valueOf(row.getString("urgency")),
        row.getString("reason"),
        ResultColumns.date(row, "due_on"),
        ResultColumns.instant(row, "requested_at"),
        row.getString("requested_by"),
        ReferralStatus.valueOf(row.getString("status")),
        ResultColumns.instant(row, "appointment_at"),
        row.getString("outcome"),
        row.getString("findings"),
        ResultColumns.instant(row, "completed_at"),
        row.getLong("version"),
        List.of());
  }

  private static Map<UUID, List<Transition>> transitions(Connection connection, List<UUID> ids)
      throws SQLException {
    Map<UUID, List<Transition>> histories = new HashMap<>();
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT referral_id, from_status, to_status, at, by_actor, reason"
                + " FROM referrals.referral_transition WHERE referral_id = ANY(?)"
                + " ORDER BY referral_id, seq")) {
      Array array = connection.createArrayOf("uuid", ids.toArray());
      select.setArray(1, array);
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          String from = row.getString("from_status");
          histories
              .computeIfAbsent(ResultColumns.uuid(row, "referral_id"), id -> new ArrayList<>())
              .add(
                  new Transition(
                      from == null ? null : ReferralStatus.valueOf(from),
                      ReferralStatus.valueOf(row.getString("to_status")),
                      ResultColumns.instant(row, "at"),
                      row.getString("by_actor"),
                      row.getString("reason")));
        }
      }
    }
    return histories;
  }

  private static void addTransition(
      Connection connection, ReferralId id, int seq, Transition transition) throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO referrals.referral_transition"
                + " (referral_id, seq, from_status, to_status, at, by_actor, reason)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      insert.setObject(1, id.value());
      insert.setInt(2, seq);
      insert.setString(3, transition.from() == null ? null : transition.from().name());
      insert.setString(4, transition.to().name());
      insert.setObject(5, utc(transition.at()));
      insert.setString(6, transition.by());
      insert.setString(7, transition.reason());
      insert.executeUpdate();
    }
  }

  private static long currentVersion(Connection connection, ReferralId id) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement("SELECT version FROM referrals.referral WHERE id = ?")) {
      select.setObject(1, id.value());
      try (ResultSet row = select.executeQuery()) {
        return row.next() ? row.getLong(1) : -1;
      }
    }
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }
}
