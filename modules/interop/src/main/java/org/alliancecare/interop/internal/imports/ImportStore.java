package org.alliancecare.interop.internal.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.alliancecare.directory.api.Caller;
import org.alliancecare.directory.api.Role;
import org.alliancecare.interop.api.ImportKind;
import org.alliancecare.interop.api.ImportStatus;
import org.alliancecare.interop.internal.imports.RowOutcome.StoredError;
import org.alliancecare.kernel.jdbc.ResultColumns;

/**
 * The {@code interop} schema's import tables (db/migration/interop/V1). Every statement joins the
 * transaction of its caller (the data source is Payara's JTA pool): a row's outcome is written in
 * the same transaction as what the row created.
 */
@ApplicationScoped
class ImportStore {

  private static final String JOB_COLUMNS =
      "id, kind, status, file_name, content_type, spool_file, file_hash, started_by,"
          + " display_name, roles, jurisdiction, practitioner_id, total, processed, created,"
          + " duplicates, rejected, queued_at, finished_at";

  @Inject DataSource dataSource;

  void insert(ImportJob job) {
    update(
        "INSERT INTO interop.import_job ("
            + JOB_COLUMNS
            + ") VALUES"
            + " (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0, 0, 0, ?, NULL)",
        statement -> {
          Caller by = job.startedBy();
          statement.setString(1, job.id());
          statement.setString(2, job.kind().name());
          statement.setString(3, job.status().name());
          statement.setString(4, job.fileName());
          statement.setString(5, job.contentType());
          statement.setString(6, job.spoolFile().toString());
          statement.setString(7, job.fileHash());
          statement.setString(8, by.username());
          statement.setString(9, by.displayName());
          statement.setArray(
              10,
              statement
                  .getConnection()
                  .createArrayOf("text", by.roles().stream().map(Role::name).sorted().toArray()));
          statement.setArray(
              11,
              statement
                  .getConnection()
                  .createArrayOf("text", by.jurisdiction().stream().sorted().toArray()));
          statement.setString(12, by.practitionerId());
          statement.setTimestamp(13, Timestamp.from(job.queuedAt()));
        });
  }

  Optional<ImportJob> job(String id) {
    List<ImportJob> found =
        query(
            "SELECT " + JOB_COLUMNS + " FROM interop.import_job WHERE id = ?",
            statement -> statement.setString(1, id),
            ImportStore::job);
    return found.stream().findFirst();
  }

  /**
   * Jobs newest first after the key {@code (queuedAt, id)}; all of them when {@code startedBy} is
   * null.
   */
  List<ImportJob> jobs(String startedBy, Instant afterQueuedAt, String afterId, int limit) {
    StringBuilder sql =
        new StringBuilder("SELECT " + JOB_COLUMNS + " FROM interop.import_job WHERE true");
    if (startedBy != null) {
      sql.append(" AND started_by = ?");
    }
    if (afterId != null) {
      sql.append(" AND (queued_at, id) < (?, ?)");
    }
    sql.append(" ORDER BY queued_at DESC, id DESC LIMIT ?");
    return query(
        sql.toString(),
        statement -> {
          int i = 1;
          if (startedBy != null) {
            statement.setString(i++, startedBy);
          }
          if (afterId != null) {
            statement.setTimestamp(i++, Timestamp.from(afterQueuedAt));
            statement.setString(i++, afterId);
          }
          statement.setInt(i, limit);
        },
        ImportStore::job);
  }

  /** The jobs that a stop of the application interrupted or never began, oldest first. */
  List<String> unfinished() {
    return query(
        "SELECT id FROM interop.import_job WHERE status IN ('QUEUED', 'RUNNING')"
            + " ORDER BY queued_at",
        statement -> {},
        row -> row.getString(1));
  }

  void running(String id, long total) {
    update(
        "UPDATE interop.import_job SET status = 'RUNNING', total = ? WHERE id = ?",
        statement -> {
          statement.setLong(1, total);
          statement.setString(2, id);
        });
  }

  void finish(String id, ImportStatus status, Instant at) {
    update(
        "UPDATE interop.import_job SET status = ?, finished_at = ? WHERE id = ?",
        statement -> {
          statement.setString(1, status.name());
          statement.setTimestamp(2, Timestamp.from(at));
          statement.setString(3, id);
        });
  }

  /** The row's outcome, its errors and the job's counts, in the caller's transaction. */
  void record(String jobId, RowOutcome outcome) {
    update(
        "INSERT INTO interop.import_row (job_id, row_number, outcome, record_id)"
            + " VALUES (?, ?, ?, ?)",
        statement -> {
          statement.setString(1, jobId);
          statement.setLong(2, outcome.row());
          statement.setString(3, outcome.kind().name());
          statement.setString(4, outcome.recordId());
        });
    int position = 0;
    for (StoredError error : outcome.errors()) {
      int at = position++;
      update(
          "INSERT INTO interop.import_error (job_id, row_number, position, column_name,"
              + " message_en, message_zh, message_ug) VALUES (?, ?, ?, ?, ?, ?, ?)",
          statement -> {
            statement.setString(1, jobId);
            statement.setLong(2, outcome.row());
            statement.setInt(3, at);
            statement.setString(4, error.column());
            statement.setString(5, error.english());
            statement.setString(6, error.chinese());
            statement.setString(7, error.uyghur());
          });
    }
    String counter =
        switch (outcome.kind()) {
          case CREATED -> "created";
          case DUPLICATE -> "duplicates";
          case REJECTED -> "rejected";
        };
    update(
        "UPDATE interop.import_job SET processed = processed + 1, "
            + counter
            + " = "
            + counter
            + " + 1 WHERE id = ?",
        statement -> statement.setString(1, jobId));
  }

  /** An error about the file as a whole (e.g. gone from the spool), shown as row 1's. */
  void fileError(String jobId, StoredError error) {
    update(
        "INSERT INTO interop.import_error (job_id, row_number, position, column_name,"
            + " message_en, message_zh, message_ug) VALUES (?, 1, 0, ?, ?, ?, ?)"
            + " ON CONFLICT DO NOTHING",
        statement -> {
          statement.setString(1, jobId);
          statement.setString(2, error.column());
          statement.setString(3, error.english());
          statement.setString(4, error.chinese());
          statement.setString(5, error.uyghur());
        });
  }

  /** The rows of the job already handled (a resumed job skips them). */
  Set<Long> handledRows(String jobId) {
    Set<Long> rows = new java.util.HashSet<>();
    query(
        "SELECT row_number FROM interop.import_row WHERE job_id = ?",
        statement -> statement.setString(1, jobId),
        row -> rows.add(row.getLong(1)));
    return rows;
  }

  /**
   * The errors of a job in row order, at most {@code limit} ({@code 0}: all) handed to {@code
   * sink}.
   */
  void errors(String jobId, int limit, Consumer<StoredError> sink) {
    query(
        "SELECT row_number, column_name, message_en, message_zh, message_ug"
            + " FROM interop.import_error WHERE job_id = ? ORDER BY row_number, position"
            + (limit > 0 ? " LIMIT " + limit : ""),
        statement -> {
          statement.setFetchSize(1000);
          statement.setString(1, jobId);
        },
        row -> {
          sink.accept(
              new StoredError(
                  row.getLong(1),
                  row.getString(2),
                  row.getString(3),
                  row.getString(4),
                  row.getString(5)));
          return null;
        });
  }

  Optional<String> importedBefore(ImportKind kind, String fileHash, long row) {
    return query(
            "SELECT record_id FROM interop.imported_row"
                + " WHERE kind = ? AND file_hash = ? AND row_number = ?",
            statement -> {
              statement.setString(1, kind.name());
              statement.setString(2, fileHash);
              statement.setLong(3, row);
            },
            result -> result.getString(1))
        .stream()
        .findFirst();
  }

  void imported(ImportKind kind, String fileHash, long row, String recordId, String jobId) {
    update(
        "INSERT INTO interop.imported_row (kind, file_hash, row_number, record_id, job_id)"
            + " VALUES (?, ?, ?, ?, ?)",
        statement -> {
          statement.setString(1, kind.name());
          statement.setString(2, fileHash);
          statement.setLong(3, row);
          statement.setString(4, recordId);
          statement.setString(5, jobId);
        });
  }

  Optional<String> externalPatient(String placeCode, String externalId) {
    return query(
            "SELECT patient_id FROM interop.external_patient"
                + " WHERE place_code = ? AND external_id = ?",
            statement -> {
              statement.setString(1, placeCode);
              statement.setString(2, externalId);
            },
            result -> result.getString(1))
        .stream()
        .findFirst();
  }

  /** Every child imported with this external id, at any place. */
  List<String> externalPatients(String externalId) {
    return query(
        "SELECT patient_id FROM interop.external_patient WHERE external_id = ?",
        statement -> statement.setString(1, externalId),
        result -> result.getString(1));
  }

  void externalPatient(String placeCode, String externalId, String patientId, String jobId) {
    update(
        "INSERT INTO interop.external_patient (place_code, external_id, patient_id, job_id)"
            + " VALUES (?, ?, ?, ?)",
        statement -> {
          statement.setString(1, placeCode);
          statement.setString(2, externalId);
          statement.setString(3, patientId);
          statement.setString(4, jobId);
        });
  }

  private static ImportJob job(ResultSet row) throws SQLException {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (String role : strings(row.getArray("roles"))) {
      roles.add(Role.valueOf(role));
    }
    Caller by =
        new Caller(
            row.getString("started_by"),
            row.getString("display_name"),
            roles,
            Set.copyOf(strings(row.getArray("jurisdiction"))),
            row.getString("practitioner_id"));
    return new ImportJob(
        row.getString("id"),
        ImportKind.valueOf(row.getString("kind")),
        ImportStatus.valueOf(row.getString("status")),
        row.getString("file_name"),
        row.getString("content_type"),
        Path.of(row.getString("spool_file")),
        row.getString("file_hash"),
        by,
        row.getLong("total"),
        row.getLong("processed"),
        row.getLong("created"),
        row.getLong("duplicates"),
        row.getLong("rejected"),
        ResultColumns.instant(row, "queued_at"),
        ResultColumns.instant(row, "finished_at"));
  }

  private static List<String> strings(Array array) throws SQLException {
    return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
  }

  private interface Binder {
    void bind(PreparedStatement statement) throws SQLException;
  }

  private interface Reader<T> {
    T read(ResultSet row) throws SQLException;
  }

  private void update(String sql, Binder binder) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      binder.bind(statement);
      statement.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("import store: " + e.getSQLState(), e);
    }
  }

  private <T> List<T> query(String sql, Binder binder, Reader<T> reader) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      binder.bind(statement);
      List<T> rows = new ArrayList<>();
      try (ResultSet result = statement.executeQuery()) {
        while (result.next()) {
          T value = reader.read(result);
          if (value != null) {
            rows.add(value);
          }
        }
      }
      return rows;
    } catch (SQLException e) {
      throw new IllegalStateException("import store: " + e.getSQLState(), e);
    }
  }
}
