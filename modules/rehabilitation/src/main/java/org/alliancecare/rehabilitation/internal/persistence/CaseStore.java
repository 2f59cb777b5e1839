package org.alliancecare.rehabilitation.internal.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.alliancecare.kernel.PageRequest;
import org.alliancecare.kernel.StaleVersion;
import org.alliancecare.kernel.jdbc.ListQuery;
import org.alliancecare.kernel.jdbc.ResultColumns;
import org.alliancecare.rehabilitation.api.CaseOutcome;
import org.alliancecare.rehabilitation.api.CaseQuery;
import org.alliancecare.rehabilitation.api.Condition;
import org.alliancecare.rehabilitation.api.MilestoneStatus;
import org.alliancecare.rehabilitation.api.PhaseHistoryEntry;
import org.alliancecare.rehabilitation.api.Stage;
import org.alliancecare.rehabilitation.api.StageHistoryEntry;
import org.alliancecare.rehabilitation.internal.domain.AlreadyEnrolled;
import org.alliancecare.rehabilitation.internal.domain.CaseFile;
import org.alliancecare.rehabilitation.internal.domain.CaseId;
import org.alliancecare.rehabilitation.internal.domain.CaseNumber;
import org.alliancecare.rehabilitation.internal.domain.Milestone;
import org.alliancecare.rehabilitation.internal.domain.MilestoneId;
import org.alliancecare.rehabilitation.internal.domain.PatientId;

/**
 * Cases with their milestones and their phase and stage histories. A case is stored whole: its row
 * on the version that was read ({@link StaleVersion} otherwise), its milestones upserted, new
 * history entries appended.
 */
@ApplicationScoped
public class CaseStore {

  private static final String COLUMNS =
      "id, case_number, patient_id, program_code, conditions, enrolment_phase, current_phase,"
          + " phases, enrolled_on, place_code, county_code, place_path, source_screening_id,"
          + " source_referral_id, stage, outcome, closed_on, enrolled_at, enrolled_by, version";
  private static final String OPEN_CASE_INDEX = "case_file_one_open_per_patient_and_program";

  @Inject DataSource dataSource;

  public CaseStore() {}

  /** A store on a data source of the caller's choice (tests). */
  public CaseStore(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  public long nextNumber() {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement next =
            connection.prepareStatement("SELECT nextval('rehabilitation.case_number_seq')");
        ResultSet row = next.executeQuery()) {
      row.next();
      return row.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException("could not draw a case number", e);
    }
  }

  /** Stores a new case; a second open case of the patient in the program is refused. */
  public void add(CaseFile caseFile) {
    try (Connection connection = dataSource.getConnection()) {
      try (PreparedStatement insert =
          connection.prepareStatement(
              "INSERT INTO rehabilitation.case_file ("
                  + COLUMNS
                  + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
        insert.setObject(1, caseFile.id().value());
        insert.setString(2, caseFile.number().value());
        insert.setObject(3, caseFile.patient().value());
        insert.setString(4, caseFile.programCode());
        insert.setArray(5, conditions(connection, caseFile));
        insert.setInt(6, caseFile.enrolmentPhase());
        insert.setInt(7, caseFile.currentPhase());
        insert.setArray(8, connection.createArrayOf("integer", caseFile.phases().toArray()));
        insert.setObject(9, caseFile.enrolledOn());
        insert.setString(10, caseFile.placement().placeCode());
        insert.setString(11, caseFile.placement().countyCode());
        insert.setArray(
            12,
            connection.createArrayOf("text", caseFile.placement().placeAndAncestors().toArray()));
        insert.setString(13, caseFile.sourceScreeningId());
        insert.setString(14, caseFile.sourceReferralId());
        insert.setString(15, caseFile.stage().name());
        insert.setString(16, caseFile.outcome() == null ? null : caseFile.outcome().name());
        insert.setObject(17, caseFile.closedOn());
        insert.setObject(18, Columns.utc(caseFile.enrolledAt()));
        insert.setString(19, caseFile.enrolledBy());
        insert.setLong(20, caseFile.version());
        insert.executeUpdate();
      }
      storeParts(connection, caseFile);
    } catch (SQLException e) {
      if (Columns.isUniqueViolation(e, OPEN_CASE_INDEX)) {
        throw new AlreadyEnrolled();
      }
      throw new IllegalStateException("could not store case " + caseFile.number(), e);
    }
  }

  /** Stores a changed case made on the version that was read. */
  public void update(CaseFile caseFile) {
    long read = caseFile.version();
    try (Connection connection = dataSource.getConnection()) {
      try (PreparedStatement update =
          connection.prepareStatement(
              "UPDATE rehabilitation.case_file SET patient_id = ?, current_phase = ?, phases = ?,"
                  + " stage = ?, outcome = ?, closed_on = ?, version = version + 1"
                  + " WHERE id = ? AND version = ?")) {
        update.setObject(1, caseFile.patient().value());
        update.setInt(2, caseFile.currentPhase());
        update.setArray(3, connection.createArrayOf("integer", caseFile.phases().toArray()));
        update.setString(4, caseFile.stage().name());
        update.setString(5, caseFile.outcome() == null ? null : caseFile.outcome().name());
        update.setObject(6, caseFile.closedOn());
        update.setObject(7, caseFile.id().value());
        update.setLong(8, read);
        if (update.executeUpdate() != 1) {
          throw new StaleVersion(read, read + 1);
        }
      }
      storeParts(connection, caseFile);
      caseFile.stored(read + 1);
    } catch (SQLException e) {
      if (Columns.isUniqueViolation(e, OPEN_CASE_INDEX)) {
        throw new AlreadyEnrolled();
      }
      throw new IllegalStateException("could not store case " + caseFile.number(), e);
    }
  }

  public Optional<CaseFile> find(CaseId id) {
    return load(
            "SELECT " + COLUMNS + " FROM rehabilitation.case_file WHERE id = ?",
            List.of(id.value()),
            true)
        .stream()
        .findFirst();
  }

  /** The id of the patient's open case in the program, if there is one. */
  public Optional<String> openCaseOf(PatientId patient, String programCode) {
    return load(
            "SELECT "
                + COLUMNS
                + " FROM rehabilitation.case_file"
                + " WHERE patient_id = ? AND program_code = ? AND stage <> 'CLOSED'",
            List.of(patient.value(), programCode),
            false)
        .stream()
        .findFirst()
        .map(c -> c.id().toString());
  }

  /** The open cases in a phase, to carry into the next when it closes. */
  public List<CaseFile> openIn(String programCode, int phase) {
    return load(
        "SELECT "
            + COLUMNS
            + " FROM rehabilitation.case_file"
            + " WHERE program_code = ? AND current_phase = ? AND stage <> 'CLOSED'"
            + " ORDER BY case_number",
        List.of(programCode, phase),
        true);
  }

  public List<CaseFile> ofPatient(PatientId patient) {
    return load(
        "SELECT "
            + COLUMNS
            + " FROM rehabilitation.case_file WHERE patient_id = ? ORDER BY case_number",
        List.of(patient.value()),
        true);
  }

  /** The cases of these patients, by case number. */
  public List<CaseFile> ofPatients(Collection<PatientId> patients) {
    if (patients.isEmpty()) {
      return List.of();
    }
    return load(
        "SELECT "
            + COLUMNS
            + " FROM rehabilitation.case_file WHERE patient_id = ANY (?::uuid[])"
            + " ORDER BY case_number",
        List.of((Object) patients.stream().map(PatientId::toString).toArray(String[]::new)),
        true);
  }

  /** Open cases that name the referral as their source. */
  public List<CaseFile> openFromReferral(String referralId) {
    return load(
        "SELECT "
            + COLUMNS
            + " FROM rehabilitation.case_file"
            + " WHERE source_referral_id = ? AND stage <> 'CLOSED' ORDER BY case_number",
        List.of(referralId),
        true);
  }

  /**
   * One page of cases within {@code places} (the caller's scope), ordered by case number (the
   * cursor key); {@code today} decides what is overdue. Histories are left out.
   */
  public List<CaseFile> page(
      CaseQuery query, Set<String> places, LocalDate today, PageRequest page) {
    ListQuery select =
        new ListQuery(
            "SELECT " + COLUMNS + " FROM rehabilitation.case_file c WHERE place_code = ANY(?)",
            (Object) places.toArray(String[]::new));
    if (query.programCode() != null) {
      select.and("program_code = ?", query.programCode());
    }
    if (query.phase() != null) {
      select.and("phases @> ARRAY[?]::integer[]", query.phase());
    }
    if (query.placeCode() != null) {
      select.and("place_path @> ARRAY[?]::text[]", query.placeCode());
    }
    if (query.stage() != null) {
      select.and("stage = ?", query.stage().name());
    }
    if (query.overdue() != null) {
      select.and(
          (query.overdue() ? "" : "NOT ")
              + "(stage <> 'CLOSED' AND EXISTS (SELECT 1 FROM rehabilitation.milestone m"
              + " WHERE m.case_id = c.id AND m.status = 'PLANNED' AND m.due_on < ?))",
          today);
    }
    select.page(page, "case_number", List::of);
    return load(select.sql(), select.parameters(), false);
  }

  private List<CaseFile> load(String sql, List<Object> parameters, boolean withHistories) {
    try (Connection connection = dataSource.getConnection()) {
      List<CaseFile.Snapshot> rows = new ArrayList<>();
      try (PreparedStatement select = connection.prepareStatement(sql)) {
        ListQuery.bind(connection, select, parameters);
        try (ResultSet row = select.executeQuery()) {
          while (row.next()) {
            rows.add(snapshot(row));
          }
        }
      }
      if (rows.isEmpty()) {
        return List.of();
      }
      UUID[] ids = rows.stream().map(r -> r.id().value()).toArray(UUID[]::new);
      Map<UUID, List<Milestone>> milestones = milestones(connection, ids);
      Map<UUID, List<PhaseHistoryEntry>> phases =
          withHistories ? phaseHistories(connection, ids) : Map.of();
      Map<UUID, List<StageHistoryEntry>> stages =
          withHistories ? stageHistories(connection, ids) : Map.of();
      List<CaseFile> cases = new ArrayList<>();
      for (CaseFile.Snapshot s : rows) {
        UUID id = s.id().value();
        cases.add(
            CaseFile.restore(
                new CaseFile.Snapshot(
                    s.id(),
                    s.number(),
                    s.patient(),
                    s.programCode(),
                    s.conditions(),
                    s.enrolmentPhase(),
                    s.currentPhase(),
                    s.enrolledOn(),
                    s.placement(),
                    s.sourceScreeningId(),
                    s.sourceReferralId(),
                    s.stage(),
                    s.outcome(),
                    s.closedOn(),
                    s.enrolledAt(),
                    s.enrolledBy(),
                    s.version(),
                    milestones.getOrDefault(id, List.of()),
                    phases.getOrDefault(id, List.of()),
                    stages.getOrDefault(id, List.of()))));
      }
      return cases;
    } catch (SQLException e) {
      throw new IllegalStateException("could not read cases", e);
    }
  }

  private static CaseFile.Snapshot snapshot(ResultSet row) throws SQLException {
    Set<Condition> conditions = EnumSet.noneOf(Condition.class);
    Columns.texts(row, "conditions").forEach(c -> conditions.add(Condition.valueOf(c)));
    String outcome = row.getString("outcome");
    return new CaseFile.Snapshot(
        new CaseId(ResultColumns.uuid(row, "id")),
        new CaseNumber(row.getString("case_number")),
        new PatientId(ResultColumns.uuid(row, "patient_id")),
        row.getString("program_code"),
        conditions,
        row.getInt("enrolment_phase"),
        row.getInt("current_phase"),
        ResultColumns.date(row, "enrolled_on"),
        new CaseFile.Placement(
            row.getString("place_code"),
            row.getString("county_code"),
            Columns.texts(row, "place_path")),
        row.getString("source_screening_id"),
        row.getString("source_referral_id"),
        Stage.valueOf(row.getString("stage")),
        outcome == null ? null : CaseOutcome.valueOf(outcome),
        ResultColumns.date(row, "closed_on"),
        ResultColumns.instant(row, "enrolled_at"),
        row.getString("enrolled_by"),
        row.getLong("version"),
        List.of(),
        List.of(),
        List.of());
  }

  private static Map<UUID, List<Milestone>> milestones(Connection connection, UUID[] ids)
      throws SQLException {
    Map<UUID, List<Milestone>> byCase = new HashMap<>();
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT id, case_id, position, condition, kind, title, due_on, status, achieved_on,"
                + " evidence, skip_reason, custom, after_kind, due_after_months, due_after_days"
                + " FROM rehabilitation.milestone WHERE case_id = ANY(?) ORDER BY case_id, position")) {
      select.setArray(1, connection.createArrayOf("uuid", ids));
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          String condition = row.getString("condition");
          byCase
              .computeIfAbsent(ResultColumns.uuid(row, "case_id"), id -> new ArrayList<>())
              .add(
                  new Milestone(
                      new MilestoneId(ResultColumns.uuid(row, "id")),
                      condition == null ? null : Condition.valueOf(condition),
                      row.getString("kind"),
                      row.getString("title"),
                      ResultColumns.date(row, "due_on"),
                      MilestoneStatus.valueOf(row.getString("status")),
                      ResultColumns.date(row, "achieved_on"),
                      row.getString("evidence"),
                      row.getString("skip_reason"),
                      row.getBoolean("custom"),
                      row.getInt("position"),
                      row.getString("after_kind"),
                      row.getInt("due_after_months"),
                      row.getInt("due_after_days")));
        }
      }
    }
    return byCase;
  }

  private static Map<UUID, List<PhaseHistoryEntry>> phaseHistories(
      Connection connection, UUID[] ids) throws SQLException {
    Map<UUID, List<PhaseHistoryEntry>> byCase = new HashMap<>();
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT case_id, from_phase, to_phase, on_date, at, by_actor"
                + " FROM rehabilitation.case_phase_history WHERE case_id = ANY(?)"
                + " ORDER BY case_id, seq")) {
      select.setArray(1, connection.createArrayOf("uuid", ids));
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          byCase
              .computeIfAbsent(ResultColumns.uuid(row, "case_id"), id -> new ArrayList<>())
              .add(
                  new PhaseHistoryEntry(
                      Columns.integer(row, "from_phase"),
                      row.getInt("to_phase"),
                      ResultColumns.date(row, "on_date"),
                      ResultColumns.instant(row, "at"),
                      row.getString("by_actor")));
        }
      }
    }
    return byCase;
  }

  private static Map<UUID, List<StageHistoryEntry>> stageHistories(
      Connection connection, UUID[] ids) throws SQLException {
    Map<UUID, List<StageHistoryEntry>> byCase = new HashMap<>();
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT case_id, from_stage, to_stage, at, by_actor, note, outcome"
                + " FROM rehabilitation.case_stage_history WHERE case_id = ANY(?)"
                + " ORDER BY case_id, seq")) {
      select.setArray(1, connection.createArrayOf("uuid", ids));
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          String outcome = row.getString("outcome");
          byCase
              .computeIfAbsent(ResultColumns.uuid(row, "case_id"), id -> new ArrayList<>())
              .add(
                  new StageHistoryEntry(
                      Stage.valueOf(row.getString("from_stage")),
                      Stage.valueOf(row.getString("to_stage")),
                      ResultColumns.instant(row, "at"),
                      row.getString("by_actor"),
                      row.getString("note"),
                      outcome == null ? null : CaseOutcome.valueOf(outcome)));
        }
      }
    }
    return byCase;
  }

  /** Upserts the milestones and appends the history entries not stored yet. */
  private static void storeParts(Connection connection, CaseFile caseFile) throws SQLException {
    try (PreparedStatement upsert =
        connection.prepareStatement(
            "INSERT INTO rehabilitation.milestone (id, case_id, position, condition, kind, title,"
                + " due_on, status, achieved_on, evidence, skip_reason, custom, after_kind,"
                + " due_after_months, due_after_days)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                + " ON CONFLICT (id) DO UPDATE SET due_on = EXCLUDED.due_on,"
                + " status = EXCLUDED.status, achieved_on = EXCLUDED.achieved_on,"
                + " evidence = EXCLUDED.evidence, skip_reason = EXCLUDED.skip_reason")) {
      for (Milestone m : caseFile.milestones()) {
        upsert.setObject(1, m.id().value());
        upsert.setObject(2, caseFile.id().value());
        upsert.setInt(3, m.position());
        upsert.setString(4, m.condition() == null ? null : m.condition().name());
        upsert.setString(5, m.kind());
        upsert.setString(6, m.title());
        upsert.setObject(7, m.dueOn());
        upsert.setString(8, m.status().name());
        upsert.setObject(9, m.achievedOn());
        upsert.setString(10, m.evidence());
        upsert.setString(11, m.skipReason());
        upsert.setBoolean(12, m.custom());
        upsert.setString(13, m.after());
        upsert.setInt(14, m.dueAfterMonths());
        upsert.setInt(15, m.dueAfterDays());
        upsert.addBatch();
      }
      upsert.executeBatch();
    }
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO rehabilitation.case_phase_history"
                + " (case_id, seq, from_phase, to_phase, on_date, at, by_actor)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (case_id, seq) DO NOTHING")) {
      List<PhaseHistoryEntry> history = caseFile.phaseHistory();
      for (int i = 0; i < history.size(); i++) {
        PhaseHistoryEntry entry = history.get(i);
        insert.setObject(1, caseFile.id().value());
        insert.setInt(2, i + 1);
        insert.setObject(3, entry.fromPhase());
        insert.setInt(4, entry.toPhase());
        insert.setObject(5, entry.on());
        insert.setObject(6, Columns.utc(entry.at()));
        insert.setString(7, entry.by());
        insert.addBatch();
      }
      insert.executeBatch();
    }
    List<StageHistoryEntry> stages = caseFile.stageHistory();
    if (!stages.isEmpty()) {
      try (PreparedStatement insert =
          connection.prepareStatement(
              "INSERT INTO rehabilitation.case_stage_history"
                  + " (case_id, seq, from_stage, to_stage, at, by_actor, note, outcome)"
                  + " VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (case_id, seq) DO NOTHING")) {
        for (int i = 0; i < stages.size(); i++) {
          StageHistoryEntry entry = stages.get(i);
          insert.setObject(1, caseFile.id().value());
          insert.setInt(2, i + 1);
          insert.setString(3, entry.from().name());
          insert.setString(4, entry.to().name());
          insert.setObject(5, Columns.utc(entry.at()));
          insert.setString(6, entry.by());
          insert.setString(7, entry.note());
          insert.setString(8, entry.outcome() == null ? null : entry.outcome().name());
          insert.addBatch();
        }
        insert.executeBatch();
      }
    }
  }

  private static java.sql.Array conditions(Connection connection, CaseFile caseFile)
      throws SQLException {
    return connection.createArrayOf(
        "text", caseFile.conditionsInOrder().stream().map(Enum::name).toArray());
  }
}
