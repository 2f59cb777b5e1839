package org.alliancecare.rehabilitation.internal.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.alliancecare.kernel.StaleVersion;
import org.alliancecare.kernel.jdbc.ResultColumns;
import org.alliancecare.rehabilitation.api.Condition;
import org.alliancecare.rehabilitation.api.MilestoneTemplate;
import org.alliancecare.rehabilitation.api.PhaseStatus;
import org.alliancecare.rehabilitation.internal.domain.AnotherPhaseOpen;
import org.alliancecare.rehabilitation.internal.domain.Phase;
import org.alliancecare.rehabilitation.internal.domain.Program;

/**
 * Programs with their milestone templates, and their phases. Phase changes and enrolments lock the
 * rows they depend on ({@code SELECT … FOR UPDATE}) so that concurrent requests take turns.
 */
@ApplicationScoped
public class ProgramStore {

  private static final String PHASE_COLUMNS =
      "program_code, number, starts_on, ends_on, quota, status, opened_at, closed_at, version";

  @Inject DataSource dataSource;

  public ProgramStore() {}

  /** A store on a data source of the caller's choice (tests). */
  public ProgramStore(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  public boolean exists(String code) {
    return query(
        "SELECT 1 FROM rehabilitation.program WHERE code = ?",
        select -> select.setString(1, code),
        ResultSet::next);
  }

  public void add(Program program) {
    try (Connection connection = dataSource.getConnection()) {
      try (PreparedStatement insert =
          connection.prepareStatement(
              "INSERT INTO rehabilitation.program (code, name_zh, name_en, max_age_exclusive,"
                  + " place_codes, conditions, created_at, created_by, version)"
                  + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
        insert.setString(1, program.code());
        insert.setString(2, program.nameZh());
        insert.setString(3, program.nameEn());
        insert.setInt(4, program.maxAgeExclusive());
        insert.setArray(
            5, connection.createArrayOf("text", program.placeCodes().stream().sorted().toArray()));
        insert.setArray(
            6,
            connection.createArrayOf(
                "text", program.conditionsInOrder().stream().map(Enum::name).toArray()));
        insert.setObject(7, Columns.utc(program.createdAt()));
        insert.setString(8, program.createdBy());
        insert.setLong(9, program.version());
        insert.executeUpdate();
      }
      try (PreparedStatement insert =
          connection.prepareStatement(
              "INSERT INTO rehabilitation.milestone_template (program_code, position, condition,"
                  + " kind, title, due_after_days, due_after_months, after_kind)"
                  + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
        List<MilestoneTemplate> templates = program.templates();
        for (int i = 0; i < templates.size(); i++) {
          MilestoneTemplate template = templates.get(i);
          insert.setString(1, program.code());
          insert.setInt(2, i + 1);
          insert.setString(3, template.condition().name());
          insert.setString(4, template.kind());
          insert.setString(5, template.title());
          insert.setObject(6, template.dueAfterDays());
          insert.setObject(7, template.dueAfterMonths());
          insert.setString(8, template.after());
          insert.addBatch();
        }
        insert.executeBatch();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not store program " + program.code(), e);
    }
  }

  /** Every program's code, in order. */
  public List<String> codes() {
    return query(
        "SELECT code FROM rehabilitation.program ORDER BY code",
        select -> {},
        row -> {
          List<String> codes = new ArrayList<>();
          while (row.next()) {
            codes.add(row.getString(1));
          }
          return codes;
        });
  }

  public Optional<Program> find(String code) {
    try (Connection connection = dataSource.getConnection()) {
      List<MilestoneTemplate> templates = new ArrayList<>();
      try (PreparedStatement select =
          connection.prepareStatement(
              "SELECT condition, kind, title, due_after_days, due_after_months, after_kind"
                  + " FROM rehabilitation.milestone_template WHERE program_code = ?"
                  + " ORDER BY position")) {
        select.setString(1, code);
        try (ResultSet row = select.executeQuery()) {
          while (row.next()) {
            templates.add(
                new MilestoneTemplate(
                    Condition.valueOf(row.getString("condition")),
                    row.getString("kind"),
                    row.getString("title"),
                    Columns.integer(row, "due_after_days"),
                    Columns.integer(row, "due_after_months"),
                    row.getString("after_kind")));
          }
        }
      }
      try (PreparedStatement select =
          connection.prepareStatement(
              "SELECT code, name_zh, name_en, max_age_exclusive, place_codes, conditions,"
                  + " created_at, created_by, version FROM rehabilitation.program WHERE code = ?")) {
        select.setString(1, code);
        try (ResultSet row = select.executeQuery()) {
          if (!row.next()) {
            return Optional.empty();
          }
          Set<Condition> conditions = EnumSet.noneOf(Condition.class);
          Columns.texts(row, "conditions").forEach(c -> conditions.add(Condition.valueOf(c)));
          return Optional.of(
              new Program(
                  row.getString("code"),
                  row.getString("name_zh"),
                  row.getString("name_en"),
                  row.getInt("max_age_exclusive"),
                  new HashSet<>(Columns.texts(row, "place_codes")),
                  conditions,
                  templates,
                  ResultColumns.instant(row, "created_at"),
                  row.getString("created_by"),
                  row.getLong("version")));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not read program " + code, e);
    }
  }

  /**
   * Locks the program's row until the transaction ends, so that phase changes of one program take
   * turns; answers whether the program exists.
   */
  public boolean lock(String code) {
    return query(
        "SELECT 1 FROM rehabilitation.program WHERE code = ? FOR UPDATE",
        select -> select.setString(1, code),
        ResultSet::next);
  }

  public List<Phase> phases(String programCode) {
    return query(
        "SELECT "
            + PHASE_COLUMNS
            + " FROM rehabilitation.phase WHERE program_code = ? ORDER BY number",
        select -> select.setString(1, programCode),
        ProgramStore::phases);
  }

  public Optional<Phase> phase(String programCode, int number) {
    return query(
            "SELECT "
                + PHASE_COLUMNS
                + " FROM rehabilitation.phase WHERE program_code = ? AND number = ?",
            select -> {
              select.setString(1, programCode);
              select.setInt(2, number);
            },
            ProgramStore::phases)
        .stream()
        .findFirst();
  }

  /** The phase, its row locked until the transaction ends. */
  public Optional<Phase> phaseForUpdate(String programCode, int number) {
    return query(
            "SELECT "
                + PHASE_COLUMNS
                + " FROM rehabilitation.phase WHERE program_code = ? AND number = ? FOR UPDATE",
            select -> {
              select.setString(1, programCode);
              select.setInt(2, number);
            },
            ProgramStore::phases)
        .stream()
        .findFirst();
  }

  /**
   * The program's OPEN phase, its row locked until the transaction ends: enrolments into one phase
   * take turns, so that counting its cases against the quota and adding one cannot interleave.
   */
  public Optional<Phase> openPhaseForUpdate(String programCode) {
    return query(
            "SELECT "
                + PHASE_COLUMNS
                + " FROM rehabilitation.phase WHERE program_code = ? AND status = 'OPEN' FOR UPDATE",
            select -> select.setString(1, programCode),
            ProgramStore::phases)
        .stream()
        .findFirst();
  }

  public void add(Phase phase) {
    update(
        "INSERT INTO rehabilitation.phase ("
            + PHASE_COLUMNS
            + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        insert -> {
          insert.setString(1, phase.programCode());
          insert.setInt(2, phase.number());
          insert.setObject(3, phase.startsOn());
          insert.setObject(4, phase.endsOn());
          insert.setObject(5, phase.quota());
          insert.setString(6, phase.status().name());
          insert.setObject(7, Columns.utc(phase.openedAt()));
          insert.setObject(8, Columns.utc(phase.closedAt()));
          insert.setLong(9, phase.version());
        });
  }

  /**
   * Stores a changed phase made on the version that was read ({@link StaleVersion} otherwise); a
   * second OPEN phase is refused by the database as well ({@link AnotherPhaseOpen}).
   */
  public void update(Phase phase) {
    long read = phase.version();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement update =
            connection.prepareStatement(
                "UPDATE rehabilitation.phase SET status = ?, opened_at = ?, closed_at = ?,"
                    + " version = version + 1 WHERE program_code = ? AND number = ? AND version = ?")) {
      update.setString(1, phase.status().name());
      update.setObject(2, Columns.utc(phase.openedAt()));
      update.setObject(3, Columns.utc(phase.closedAt()));
      update.setString(4, phase.programCode());
      update.setInt(5, phase.number());
      update.setLong(6, read);
      if (update.executeUpdate() != 1) {
        throw new StaleVersion(read, read + 1);
      }
      phase.stored(read + 1);
    } catch (SQLException e) {
      if (Columns.isUniqueViolation(e, "phase_one_open_per_program")) {
        throw new AnotherPhaseOpen();
      }
      throw new IllegalStateException("could not store phase " + phase.number(), e);
    }
  }

  /** How many cases were enrolled in the phase (what its quota limits). */
  public int enrolledIn(String programCode, int number) {
    return count(
        "SELECT count(*) FROM rehabilitation.case_file WHERE program_code = ? AND enrolment_phase = ?",
        programCode,
        number);
  }

  /** How many open cases are in the phase now. */
  public int activeIn(String programCode, int number) {
    return count(
        "SELECT count(*) FROM rehabilitation.case_file"
            + " WHERE program_code = ? AND current_phase = ? AND stage <> 'CLOSED'",
        programCode,
        number);
  }

  private int count(String sql, String programCode, int number) {
    return query(
        sql,
        select -> {
          select.setString(1, programCode);
          select.setInt(2, number);
        },
        row -> {
          row.next();
          return row.getInt(1);
        });
  }

  private static List<Phase> phases(ResultSet row) throws SQLException {
    List<Phase> phases = new ArrayList<>();
    while (row.next()) {
      phases.add(
          new Phase(
              row.getString("program_code"),
              row.getInt("number"),
              ResultColumns.date(row, "starts_on"),
              ResultColumns.date(row, "ends_on"),
              Columns.integer(row, "quota"),
              PhaseStatus.valueOf(row.getString("status")),
              ResultColumns.instant(row, "opened_at"),
              ResultColumns.instant(row, "closed_at"),
              row.getLong("version")));
    }
    return phases;
  }

  interface Binder {
    void bind(PreparedStatement statement) throws SQLException;
  }

  interface Reader<T> {
    T read(ResultSet row) throws SQLException;
  }

  private <T> T query(String sql, Binder binder, Reader<T> reader) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement(sql)) {
      binder.bind(select);
      try (ResultSet row = select.executeQuery()) {
        return reader.read(row);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not read the program's rows", e);
    }
  }

  private void update(String sql, Binder binder) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      binder.bind(statement);
      statement.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("could not store the program's rows", e);
    }
  }
}
