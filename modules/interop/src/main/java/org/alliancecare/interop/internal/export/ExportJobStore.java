package org.alliancecare.interop.internal.export;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.alliancecare.kernel.jdbc.ResultColumns;

/** The export jobs and their files in the {@code interop} schema, over plain JDBC. */
@ApplicationScoped
public class ExportJobStore {

  private static final String COLUMNS =
      "id, requester, request_url, level, group_id, types, since, client_address, status,"
          + " transaction_time, created_at, finished_at, expires_at, exported, current_type,"
          + " failure";

  @Resource(lookup = "java:app/jdbc/alliancecare")
  DataSource dataSource;

  public ExportJobStore() {}

  ExportJobStore(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  public void add(ExportJob job) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert =
            connection.prepareStatement(
                "INSERT INTO interop.export_job ("
                    + COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      ExportRequest request = job.request();
      insert.setObject(1, UUID.fromString(job.id()));
      insert.setString(2, job.requester());
      insert.setString(3, request.requestUrl());
      insert.setString(4, request.level().name());
      insert.setString(5, request.groupId());
      insert.setArray(6, connection.createArrayOf("text", request.types().toArray()));
      insert.setObject(7, utc(request.since()));
      insert.setString(8, job.clientAddress());
      insert.setString(9, job.status().name());
      insert.setObject(10, utc(job.transactionTime()));
      insert.setObject(11, utc(job.createdAt()));
      insert.setObject(12, utc(job.finishedAt()));
      insert.setObject(13, utc(job.expiresAt()));
      insert.setLong(14, job.exported());
      insert.setString(15, job.currentType());
      insert.setString(16, job.failure());
      insert.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot store an export job", e);
    }
  }

  public Optional<ExportJob> find(String id) {
    UUID key;
    try {
      key = UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    try (Connection connection = dataSource.getConnection()) {
      ExportJob job;
      try (PreparedStatement select =
          connection.prepareStatement(
              "SELECT " + COLUMNS + " FROM interop.export_job WHERE id = ?")) {
        select.setObject(1, key);
        try (ResultSet row = select.executeQuery()) {
          if (!row.next()) {
            return Optional.empty();
          }
          job = job(row, List.of());
        }
      }
      return Optional.of(withFiles(connection, job));
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read an export job", e);
    }
  }

  /** Jobs with work left (ACCEPTED or RUNNING), for the housekeeping of interrupted ones. */
  public List<ExportJob> unfinished() {
    return jobs(
        "SELECT "
            + COLUMNS
            + " FROM interop.export_job WHERE status IN"
            + " ('ACCEPTED', 'RUNNING')",
        null);
  }

  /** Jobs whose time is over at {@code now}. */
  public List<ExportJob> expired(Instant now) {
    return jobs("SELECT " + COLUMNS + " FROM interop.export_job WHERE expires_at <= ?", now);
  }

  public void running(String id) {
    update(
        "UPDATE interop.export_job SET status = 'RUNNING' WHERE id = ? AND status = 'ACCEPTED'",
        id);
  }

  /**
   * Records a running job's progress; answers false when the job is gone (cancelled, perhaps
   * through another node).
   */
  public boolean progress(String id, String currentType, long exported) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement update =
            connection.prepareStatement(
                "UPDATE interop.export_job SET current_type = ?, exported = ? WHERE id = ?")) {
      update.setString(1, currentType);
      update.setLong(2, exported);
      update.setObject(3, UUID.fromString(id));
      return update.executeUpdate() == 1;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot record an export's progress", e);
    }
  }

  /**
   * Records a finished job and its files in one transaction, if it is still running (a job
   * cancelled meanwhile stays cancelled); answers whether it was recorded.
   */
  public boolean done(
      String id, List<ExportFile> files, long exported, Instant at, Instant expires) {
    try (Connection connection = dataSource.getConnection()) {
      boolean autoCommit = connection.getAutoCommit();
      connection.setAutoCommit(false);
      try {
        int changed;
        try (PreparedStatement update =
            connection.prepareStatement(
                "UPDATE interop.export_job SET status = 'DONE', finished_at = ?, expires_at = ?,"
                    + " exported = ?, current_type = NULL WHERE id = ? AND status = 'RUNNING'")) {
          update.setObject(1, utc(at));
          update.setObject(2, utc(expires));
          update.setLong(3, exported);
          update.setObject(4, UUID.fromString(id));
          changed = update.executeUpdate();
        }
        if (changed == 1) {
          try (PreparedStatement insert =
              connection.prepareStatement(
                  "INSERT INTO interop.export_file (job_id, position, resource_type, file_name,"
                      + " resources, bytes) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (ExportFile file : files) {
              insert.setObject(1, UUID.fromString(id));
              insert.setInt(2, file.position());
              insert.setString(3, file.resourceType());
              insert.setString(4, file.fileName());
              insert.setLong(5, file.resources());
              insert.setLong(6, file.bytes());
              insert.addBatch();
            }
            insert.executeBatch();
          }
        }
        connection.commit();
        return changed == 1;
      } catch (SQLException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot record a finished export", e);
    }
  }

  /** Records a failure of a job that still had work to do. */
  public void failed(String id, String failure, Instant at, Instant expires) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement update =
            connection.prepareStatement(
                "UPDATE interop.export_job SET status = 'FAILED', failure = ?, finished_at = ?,"
                    + " expires_at = ?, current_type = NULL"
                    + " WHERE id = ? AND status IN ('ACCEPTED', 'RUNNING')")) {
      update.setString(1, failure);
      update.setObject(2, utc(at));
      update.setObject(3, utc(expires));
      update.setObject(4, UUID.fromString(id));
      update.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot record a failed export", e);
    }
  }

  /** Forgets the job and its files' rows (the files themselves are deleted by the caller). */
  public void delete(String id) {
    update("DELETE FROM interop.export_job WHERE id = ?", id);
  }

  private void update(String sql, String id) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement update = connection.prepareStatement(sql)) {
      update.setObject(1, UUID.fromString(id));
      update.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot change an export job", e);
    }
  }

  private List<ExportJob> jobs(String sql, Instant parameter) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement(sql)) {
      if (parameter != null) {
        select.setObject(1, utc(parameter));
      }
      List<ExportJob> jobs = new ArrayList<>();
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          jobs.add(job(row, List.of()));
        }
      }
      return jobs;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot list export jobs", e);
    }
  }

  private ExportJob withFiles(Connection connection, ExportJob job) throws SQLException {
    List<ExportFile> files = new ArrayList<>();
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT position, resource_type, file_name, resources, bytes FROM interop.export_file"
                + " WHERE job_id = ? ORDER BY position")) {
      select.setObject(1, UUID.fromString(job.id()));
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          files.add(
              new ExportFile(
                  row.getInt("position"),
                  row.getString("resource_type"),
                  row.getString("file_name"),
                  row.getLong("resources"),
                  row.getLong("bytes")));
        }
      }
    }
    return new ExportJob(
        job.id(),
        job.requester(),
        job.request(),
        job.clientAddress(),
        job.status(),
        job.transactionTime(),
        job.createdAt(),
        job.finishedAt(),
        job.expiresAt(),
        job.exported(),
        job.currentType(),
        job.failure(),
        files);
  }

  private static ExportJob job(ResultSet row, List<ExportFile> files) throws SQLException {
    Array types = row.getArray("types");
    ExportRequest request =
        new ExportRequest(
            ExportLevel.valueOf(row.getString("level")),
            row.getString("group_id"),
            Arrays.asList((String[]) types.getArray()),
            ResultColumns.instant(row, "since"),
            row.getString("request_url"));
    return new ExportJob(
        ResultColumns.uuid(row, "id").toString(),
        row.getString("requester"),
        request,
        row.getString("client_address"),
        ExportStatus.valueOf(row.getString("status")),
        ResultColumns.instant(row, "transaction_time"),
        ResultColumns.instant(row, "created_at"),
        ResultColumns.instant(row, "finished_at"),
        ResultColumns.instant(row, "expires_at"),
        row.getLong("exported"),
        row.getString("current_type"),
        row.getString("failure"),
        files);
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }
}
