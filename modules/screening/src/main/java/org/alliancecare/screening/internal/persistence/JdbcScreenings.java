package org.alliancecare.screening.internal.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.alliancecare.kernel.InvalidInput;
import org.alliancecare.kernel.Page;
import org.alliancecare.kernel.PageRequest;
import org.alliancecare.kernel.StaleVersion;
import org.alliancecare.kernel.jdbc.ResultColumns;
import org.alliancecare.screening.api.Performer;
import org.alliancecare.screening.api.ScreeningKind;
import org.alliancecare.screening.api.ScreeningMethod;
import org.alliancecare.screening.internal.domain.ClinicId;
import org.alliancecare.screening.internal.domain.Examination;
import org.alliancecare.screening.internal.domain.MeasurementsJson;
import org.alliancecare.screening.internal.domain.Observation;
import org.alliancecare.screening.internal.domain.PatientId;
import org.alliancecare.screening.internal.domain.Screening;
import org.alliancecare.screening.internal.domain.ScreeningId;
import org.alliancecare.screening.internal.domain.ScreeningVersion;
import org.alliancecare.screening.internal.domain.Screenings;

/**
 * The {@code screening} and {@code screening_version} tables. A correction moves the screening's
 * version forward only from the version it corrects ({@code UPDATE … WHERE version = ?}); of two
 * concurrent corrections the second finds no such row and is told its version is stale, and the
 * primary key (screening, version) would refuse a second row for one version anyway.
 */
@ApplicationScoped
public class JdbcScreenings implements Screenings {

  /** Looked up once: {@code Json.create…} looks the provider up again on every call. */
  private static final JsonProvider JSON = JsonProvider.provider();

  private static final String SCREENING_COLUMNS =
      "id, patient_id, kind, method, performed_at, performer_username,"
          + " performer_practitioner_id, clinic_id";
  private static final String VERSION_COLUMNS =
      "screening_id, version, measurements, notes, classification, corrects_version,"
          + " correction_reason, recorded_by, recorded_at";

  @Inject DataSource dataSource;

  /**
   * The screening's row and the rows of its versions in one statement (the versions' insert is the
   * outer statement of a data-modifying {@code WITH}), so that recording a screening costs one
   * round trip to the database, not one per row.
   */
  @Override
  public void add(Screening screening) {
    Examination examination = screening.examination();
    List<ScreeningVersion> versions = screening.versions();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert =
            connection.prepareStatement(insertWithVersions(versions.size()))) {
      insert.setObject(1, screening.id().value());
      insert.setObject(2, screening.patient().value());
      insert.setString(3, examination.kind().name());
      insert.setString(4, examination.method().name());
      insert.setObject(5, timestamp(examination.performedAt()));
      insert.setString(6, examination.performer().username());
      insert.setString(7, examination.performer().practitionerId());
      insert.setObject(8, examination.clinic() == null ? null : examination.clinic().value());
      insert.setLong(9, screening.version());
      insert.setObject(10, timestamp(screening.first().recordedAt()));
      int parameter = 11;
      for (ScreeningVersion version : versions) {
        parameter = bindVersion(insert, parameter, screening, version);
      }
      insert.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("could not store a screening", e);
    }
  }

  /** {@code INSERT} of a screening's row and, in the same statement, of its {@code versions}. */
  static String insertWithVersions(int versions) {
    StringBuilder sql =
        new StringBuilder("WITH screening_row AS (INSERT INTO screening.screening (")
            .append(SCREENING_COLUMNS)
            .append(", version, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)) ")
            .append(INSERT_VERSION);
    for (int i = 0; i < versions; i++) {
      sql.append(i == 0 ? " " : ", ").append(VERSION_VALUES);
    }
    return sql.toString();
  }

  @Override
  public void addCorrection(Screening screening) {
    ScreeningVersion latest = screening.current();
    try (Connection connection = dataSource.getConnection()) {
      try (PreparedStatement update =
          connection.prepareStatement(
              "UPDATE screening.screening SET version = ? WHERE id = ? AND version = ?")) {
        update.setLong(1, latest.number());
        update.setObject(2, screening.id().value());
        update.setLong(3, latest.correctsVersion());
        if (update.executeUpdate() != 1) {
          throw new StaleVersion(latest.correctsVersion(), currentVersion(connection, screening));
        }
      }
      insertVersion(connection, screening, latest);
    } catch (SQLException e) {
      throw new IllegalStateException("could not store a correction of a screening", e);
    }
  }

  @Override
  public Optional<Screening> find(ScreeningId id) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select =
            connection.prepareStatement(
                "SELECT " + SCREENING_COLUMNS + " FROM screening.screening WHERE id = ?")) {
      select.setObject(1, id.value());
      Map<UUID, Row> rows = rows(select);
      return withVersions(connection, rows).stream().findFirst();
    } catch (SQLException e) {
      throw new IllegalStateException("could not read a screening", e);
    }
  }

  @Override
  public Page<Screening> ofPatient(PatientId patient, PageRequest page) {
    Cursor after = Cursor.parse(page.after());
    String sql =
        "SELECT "
            + SCREENING_COLUMNS
            + " FROM screening.screening WHERE patient_id = ?"
            + (after == null ? "" : " AND (performed_at, id) < (?, ?)")
            + " ORDER BY performed_at DESC, id DESC LIMIT ?";
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement(sql)) {
      int parameter = 1;
      select.setObject(parameter++, patient.value());
      if (after != null) {
        select.setObject(parameter++, timestamp(after.performedAt()));
        select.setObject(parameter++, after.id());
      }
      select.setInt(parameter, page.fetchSize());
      List<Screening> screenings = withVersions(connection, rows(select));
      return page.toPage(screenings, Cursor::of);
    } catch (SQLException e) {
      throw new IllegalStateException("could not list a patient's screenings", e);
    }
  }

  @Override
  public List<Screening> ofPatients(List<PatientId> patients) {
    if (patients.isEmpty()) {
      return List.of();
    }
    Map<UUID, List<Screening>> byPatient = new LinkedHashMap<>();
    patients.forEach(patient -> byPatient.putIfAbsent(patient.value(), new ArrayList<>()));
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select =
            connection.prepareStatement(
                "SELECT "
                    + SCREENING_COLUMNS
                    + " FROM screening.screening WHERE patient_id = ANY (?)"
                    + " ORDER BY patient_id, performed_at DESC, id DESC")) {
      Array ids = connection.createArrayOf("uuid", byPatient.keySet().toArray());
      try {
        select.setArray(1, ids);
        for (Screening screening : withVersions(connection, rows(select))) {
          byPatient.get(screening.patient().value()).add(screening);
        }
      } finally {
        ids.free();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not list the patients' screenings", e);
    }
    List<Screening> screenings = new ArrayList<>();
    byPatient.values().forEach(screenings::addAll);
    return screenings;
  }

  @Override
  public List<ScreeningId> moveToSurvivor(PatientId duplicate, PatientId survivor) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement update =
            connection.prepareStatement(
                "UPDATE screening.screening SET patient_id = ? WHERE patient_id = ?"
                    + " RETURNING id")) {
      update.setObject(1, survivor.value());
      update.setObject(2, duplicate.value());
      List<ScreeningId> moved = new ArrayList<>();
      try (ResultSet rows = update.executeQuery()) {
        while (rows.next()) {
          moved.add(new ScreeningId(ResultColumns.uuid(rows, 1)));
        }
      }
      return moved;
    } catch (SQLException e) {
      throw new IllegalStateException("could not move screenings to the surviving patient", e);
    }
  }

  private static final String INSERT_VERSION =
      "INSERT INTO screening.screening_version ("
          + VERSION_COLUMNS
          + ", result, rule_set_id) VALUES";
  private static final String VERSION_VALUES = "(?, ?, ?::jsonb, ?, ?::jsonb, ?, ?, ?, ?, ?, ?)";

  private static void insertVersion(
      Connection connection, Screening screening, ScreeningVersion version) throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(INSERT_VERSION + " " + VERSION_VALUES)) {
      bindVersion(insert, 1, screening, version);
      insert.executeUpdate();
    }
  }

  /**
   * Binds the eleven values of a version from {@code first}; answers the next parameter's index.
   */
  private static int bindVersion(
      PreparedStatement insert, int first, Screening screening, ScreeningVersion version)
      throws SQLException {
    int p = first;
    insert.setObject(p++, screening.id().value());
    insert.setLong(p++, version.number());
    insert.setString(p++, MeasurementsJson.write(version.measurements()).toString());
    insert.setString(p++, version.notes());
    insert.setString(p++, ClassificationJson.write(version.classification()).toString());
    if (version.correctsVersion() == null) {
      insert.setNull(p++, Types.BIGINT);
    } else {
      insert.setLong(p++, version.correctsVersion());
    }
    insert.setString(p++, version.correctionReason());
    insert.setString(p++, version.recordedBy());
    insert.setObject(p++, timestamp(version.recordedAt()));
    insert.setString(p++, version.classification().result().name());
    insert.setString(p++, version.ruleSetId());
    return p;
  }

  private static long currentVersion(Connection connection, Screening screening)
      throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement("SELECT version FROM screening.screening WHERE id = ?")) {
      select.setObject(1, screening.id().value());
      try (ResultSet row = select.executeQuery()) {
        return row.next() ? row.getLong(1) : -1;
      }
    }
  }

  /** A screening row before its versions are read. */
  private record Row(ScreeningId id, PatientId patient, Examination examination) {}

  private static Map<UUID, Row> rows(PreparedStatement select) throws SQLException {
    Map<UUID, Row> rows = new LinkedHashMap<>();
    try (ResultSet row = select.executeQuery()) {
      while (row.next()) {
        UUID id = ResultColumns.uuid(row, "id");
        UUID clinic = ResultColumns.uuid(row, "clinic_id");
        rows.put(
            id,
            new Row(
                new ScreeningId(id),
                new PatientId(ResultColumns.uuid(row, "patient_id")),
                new Examination(
                    ScreeningKind.valueOf(row.getString("kind")),
                    ScreeningMethod.valueOf(row.getString("method")),
                    ResultColumns.instant(row, "performed_at"),
                    new Performer(
                        row.getString("performer_username"),
                        row.getString("performer_practitioner_id")),
                    clinic == null ? null : new ClinicId(clinic))));
      }
    }
    return rows;
  }

  private static List<Screening> withVersions(Connection connection, Map<UUID, Row> rows)
      throws SQLException {
    if (rows.isEmpty()) {
      return List.of();
    }
    Map<UUID, List<ScreeningVersion>> versions = new LinkedHashMap<>();
    Array ids = connection.createArrayOf("uuid", rows.keySet().toArray());
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT "
                + VERSION_COLUMNS
                + " FROM screening.screening_version WHERE screening_id = ANY(?)"
                + " ORDER BY screening_id, version")) {
      select.setArray(1, ids);
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          UUID id = ResultColumns.uuid(row, "screening_id");
          Row screening = rows.get(id);
          versions.computeIfAbsent(id, any -> new ArrayList<>()).add(version(row, screening));
        }
      }
    } finally {
      ids.free();
    }
    List<Screening> screenings = new ArrayList<>();
    rows.forEach(
        (id, row) ->
            screenings.add(
                Screening.reconstitute(
                    row.id(), row.patient(), row.examination(), versions.get(id))));
    return screenings;
  }

  private static ScreeningVersion version(ResultSet row, Row screening) throws SQLException {
    long corrects = row.getLong("corrects_version");
    Long correctsVersion = row.wasNull() ? null : corrects;
    return new ScreeningVersion(
        row.getLong("version"),
        new Observation(
            MeasurementsJson.read(screening.examination().method(), json(row, "measurements"))
                .measurements(),
            row.getString("notes")),
        ClassificationJson.read(json(row, "classification")),
        correctsVersion,
        row.getString("correction_reason"),
        row.getString("recorded_by"),
        ResultColumns.instant(row, "recorded_at"));
  }

  private static JsonObject json(ResultSet row, String column) throws SQLException {
    try (JsonReader reader = JSON.createReader(new StringReader(row.getString(column)))) {
      return reader.readObject();
    }
  }

  private static OffsetDateTime timestamp(Instant instant) {
    return OffsetDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
  }

  /** The sort key of the last screening of a page: when it was performed, and its id. */
  private record Cursor(Instant performedAt, UUID id) {

    static String of(Screening screening) {
      Instant at = screening.examination().performedAt();
      return at.getEpochSecond() + "." + at.getNano() + "/" + screening.id();
    }

    static Cursor parse(String key) {
      if (key == null) {
        return null;
      }
      try {
        int dot = key.indexOf('.');
        int slash = key.indexOf('/');
        Instant at =
            Instant.ofEpochSecond(
                Long.parseLong(key.substring(0, dot)),
                Long.parseLong(key.substring(dot + 1, slash)));
        return new Cursor(at, UUID.fromString(key.substring(slash + 1)));
      } catch (RuntimeException malformed) {
        throw InvalidInput.of("cursor", "cursor-not-handed-out");
      }
    }
  }
}
