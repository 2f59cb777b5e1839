package org.alliancecare.audit.internal.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.alliancecare.audit.api.AccessRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The two walls around the journal and the access log: the application's role may add and read but
 * not change or remove (privileges), and nobody may, the owner included (triggers).
 */
class AppendOnlyIT {

  private static final Instant AT = Instant.parse("2026-05-04T03:00:00Z");
  private static MigratedDatabase database;

  @BeforeAll
  static void oneEntryAndOneAccess() throws SQLException {
    database = MigratedDatabase.create("append_only");
    try (Connection owner = database.connect()) {
      JdbcJournal.append(
          owner, "Patient", "p1", "p1", "PatientRegistered", "{}", "dr.aysha", AT, AT);
      JdbcAccessLog.add(
          owner,
          List.of(new AccessRecord(0, AT, "dr.aysha", "READ", "Patient", "p1", "p1", "10.0.0.1")));
      owner.commit();
    }
  }

  private static Connection asApplication() throws SQLException {
    Connection connection = database.connect();
    try (Statement role = connection.createStatement()) {
      role.execute("SET ROLE alliancecare_app");
    }
    return connection;
  }

  @Test
  void the_application_role_appends_and_reads() throws SQLException {
    try (Connection app = asApplication()) {
      JdbcJournal.append(app, "Patient", "p1", "p1", "PatientMoved", "{}", "dr.aysha", AT, AT);
      JdbcAccessLog.add(
          app,
          List.of(new AccessRecord(0, AT, "dr.aysha", "UNMASK", "NationalId", "p1", "p1", null)));
      try (Statement select = app.createStatement();
          ResultSet rows =
              select.executeQuery(
                  "SELECT (SELECT count(*) FROM audit.journal_entry),"
                      + " (SELECT count(*) FROM audit.access_log)")) {
        rows.next();
        assertThat(rows.getInt(1)).isEqualTo(2);
        assertThat(rows.getInt(2)).isEqualTo(2);
      }
      app.rollback();
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "UPDATE audit.journal_entry SET payload = '{\"x\":1}'",
        "DELETE FROM audit.journal_entry",
        "TRUNCATE audit.journal_entry",
        "UPDATE audit.access_log SET actor = 'nobody'",
        "DELETE FROM audit.access_log",
        "TRUNCATE audit.access_log",
        "DELETE FROM audit.journal_entry_default",
        "TRUNCATE audit.journal_entry_default",
        "TRUNCATE audit.access_log_default",
        "DELETE FROM audit.journal_stream_head",
        "TRUNCATE audit.journal_stream_head"
      })
  void the_application_role_may_not_change_or_remove(String sql) throws SQLException {
    try (Connection app = asApplication();
        Statement statement = app.createStatement()) {
      assertThatThrownBy(() -> statement.execute(sql))
          .isInstanceOfSatisfying(
              SQLException.class,
              e -> {
                assertThat(e.getSQLState()).isEqualTo("42501");
                assertThat(e.getMessage()).contains("permission denied");
              });
      app.rollback();
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "UPDATE audit.journal_entry SET payload = '{\"x\":1}'",
        "DELETE FROM audit.journal_entry",
        "TRUNCATE audit.journal_entry",
        "UPDATE audit.access_log SET actor = 'nobody'",
        "DELETE FROM audit.access_log",
        "TRUNCATE audit.access_log",
        // a month's partition, on its own (audit/V3)
        "TRUNCATE audit.journal_entry_default",
        "TRUNCATE audit.access_log_default"
      })
  void even_the_owner_is_stopped_by_the_trigger(String sql) throws SQLException {
    try (Connection owner = database.connect();
        Statement statement = owner.createStatement()) {
      assertThatThrownBy(() -> statement.execute(sql))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("append-only");
      owner.rollback();
    }
  }

  @Test
  void the_migration_runs_again_on_a_server_where_the_role_exists() throws SQLException {
    MigratedDatabase second = MigratedDatabase.create("append_only_again");
    try (Connection owner = second.connect();
        Statement select = owner.createStatement();
        ResultSet grants =
            select.executeQuery(
                "SELECT string_agg(privilege_type, ',' ORDER BY privilege_type)"
                    + " FROM information_schema.role_table_grants"
                    + " WHERE grantee = 'alliancecare_app' AND table_name = 'journal_entry'")) {
      grants.next();
      assertThat(grants.getString(1)).isEqualTo("INSERT,SELECT");
    }
  }
}
