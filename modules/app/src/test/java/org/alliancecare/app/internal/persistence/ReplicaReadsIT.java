package org.alliancecare.app.internal.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.alliancecare.app.internal.persistence.ReplicaRouting.Decision;
import org.alliancecare.app.internal.persistence.ReplicaRouting.Lag;
import org.alliancecare.audit.api.JournalEntry;
import org.alliancecare.audit.api.JournalQuery;
import org.alliancecare.audit.internal.application.AuditService;
import org.alliancecare.audit.internal.persistence.JdbcJournal;
import org.alliancecare.kernel.BusinessClock;
import org.alliancecare.kernel.PageRequest;
import org.alliancecare.kernel.persistence.StaleTolerantRead;
import org.alliancecare.reporting.api.AllianceReportQuery;
import org.alliancecare.reporting.api.ClinicIndicators;
import org.alliancecare.reporting.internal.persistence.Indicators;
import org.alliancecare.testing.StreamingReplica;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Reads routed between a real PostgreSQL primary and its streaming replica (Debian's PostgreSQL 15,
 * {@link StreamingReplica}), through the readers that use them: the auditor's journal search and
 * the alliances' report. Every schema's migrations are applied on the primary first, which also
 * shows that they run on PostgreSQL 15. The tests share the pair and run in order: the last ones
 * stop the replica, then the primary, and promote the replica.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReplicaReadsIT {

  private static final String DATABASE = "alliancecare";
  private static final String ENT_ALLIANCE = "alliance-ent-zhejiang-aksu";

  private static StreamingReplica servers;
  private static DataSource primary;
  private static DataSource replica;

  @BeforeAll
  static void start() {
    assumeTrue(
        StreamingReplica.available(),
        "PostgreSQL 15's programs are not installed (apt-get install postgresql-15)");
    servers =
        StreamingReplica.start(
            Path.of("target", "replica-it-" + ProcessHandle.current().pid()).toAbsolutePath());
    servers.createDatabase(DATABASE);
    primary = dataSource(servers.primaryUrl(DATABASE));
    replica = dataSource(servers.replicaUrl(DATABASE));
    Path migrations = Path.of(System.getProperty("alliancecare.migrations", "../../db/migration"));
    for (String schema : SchemaMigrations.schemas()) {
      Flyway.configure()
          .dataSource(primary)
          .schemas(schema)
          .createSchemas(true)
          .locations("filesystem:" + migrations.resolve(schema).toAbsolutePath())
          .failOnMissingLocations(false)
          .load()
          .migrate();
    }
    servers.awaitReplayed();
  }

  @AfterAll
  static void stop() {
    if (servers != null) {
      servers.stop();
    }
  }

  private static DataSource dataSource(String url) {
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    dataSource.setURL(url);
    dataSource.setUser(StreamingReplica.USER);
    dataSource.setConnectTimeout(2);
    return dataSource;
  }

  private static ReplicaRouting routing() {
    return new ReplicaRouting(primary, replica, true, Duration.ofMillis(200), decision -> {});
  }

  /** Appends an entry of a new stream on the primary (committed) and answers its stream id. */
  private static String journaled() throws SQLException {
    String stream = UUID.randomUUID().toString();
    try (Connection connection = primary.getConnection()) {
      Instant now = Instant.parse("2026-06-01T04:00:00Z");
      JdbcJournal.append(
          connection,
          "Screening",
          stream,
          null,
          "ScreeningRecorded",
          "{\"result\":\"REFER\"}",
          "dr-aygul",
          now,
          now);
    }
    return stream;
  }

  private static List<JournalEntry> searched(ReplicaRouting routing, String stream) {
    AuditService audit = new AuditService(new BusinessClock(), primary, routing);
    return audit
        .journal(
            new JournalQuery("Screening", stream, null, null, null, null), PageRequest.first(10))
        .items();
  }

  private static boolean inRecovery(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery("SELECT pg_is_in_recovery()")) {
      row.next();
      return row.getBoolean(1);
    }
  }

  @Test
  @Order(1)
  void a_search_runs_on_the_replica_once_it_has_replayed_the_write_before_it() throws SQLException {
    ReplicaRouting routing = routing();
    String stream = journaled();

    assertThat(searched(routing, stream))
        .extracting(JournalEntry::streamId)
        .containsExactly(stream);
    assertThat(routing.count(Decision.REPLICA_CAUGHT_UP)).isEqualTo(1);
    assertThat(routing.count(Decision.PRIMARY_REPLICA_BEHIND)).isZero();
    try (StaleTolerantRead read = routing.begin()) {
      assertThat(read.onReplica()).isTrue();
      assertThat(inRecovery(read.connection())).isTrue();
    }
  }

  @Test
  @Order(2)
  void a_write_through_a_replica_read_is_refused() throws SQLException {
    try (StaleTolerantRead read = routing().begin();
        PreparedStatement insert =
            read.connection()
                .prepareStatement(
                    "INSERT INTO audit.access_log (at, actor, action, resource_type, resource_id,"
                        + " patient_id, client_address) VALUES (now(), 'x', 'READ', 'Patient',"
                        + " 'p', 'p', '127.0.0.1')")) {
      assertThat(read.onReplica()).isTrue();
      assertThatThrownBy(insert::executeUpdate)
          .isInstanceOf(SQLException.class)
          .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("25006"));
    }
  }

  @Test
  @Order(3)
  void the_alliances_report_is_read_on_the_replica_with_the_clinic_just_held() throws SQLException {
    ReplicaRouting routing = routing();
    String clinic = UUID.randomUUID().toString();
    try (Connection connection = primary.getConnection();
        Statement statement = connection.createStatement()) {
      statement.executeUpdate(
          "INSERT INTO reporting.clinic (clinic_id, place_code, county_code, held_on, status,"
              + " changed_at) VALUES ('"
              + clinic
              + "', '652922', '652922', DATE '2026-05-12', 'COMPLETED', now())");
      statement.executeUpdate(
          "INSERT INTO reporting.clinic_alliance (clinic_id, alliance_id, host) VALUES ('"
              + clinic
              + "', '"
              + ENT_ALLIANCE
              + "', true)");
    }

    ClinicIndicators total =
        new Indicators(routing)
            .alliances(
                new AllianceReportQuery(
                    Set.of(ENT_ALLIANCE),
                    LocalDate.parse("2026-05-01"),
                    LocalDate.parse("2026-05-31"),
                    Set.of("652922")))
            .total();

    assertThat(total.clinicsHeld()).isEqualTo(1);
    assertThat(routing.count(Decision.REPLICA_CAUGHT_UP)).isEqualTo(1);
  }

  @Test
  @Order(4)
  void a_read_within_the_routing_lends_the_replica_to_every_store_on_its_thread()
      throws SQLException {
    ReplicaRouting routing = routing();
    DataSource application = new ReadBoundDataSource(primary);
    String stream = journaled();

    List<Object> seen =
        routing.within(
            () -> {
              List<Object> found = new ArrayList<>();
              // two stores in turn, each closing what it was given: both on the one replica read
              for (int store = 0; store < 2; store++) {
                try (Connection connection = application.getConnection();
                    PreparedStatement select =
                        connection.prepareStatement(
                            "SELECT pg_is_in_recovery(), pg_backend_pid(), count(*)"
                                + " FROM audit.journal_entry WHERE stream_id = ?")) {
                  select.setString(1, stream);
                  try (ResultSet row = select.executeQuery()) {
                    row.next();
                    found.add(List.of(row.getBoolean(1), row.getInt(2), row.getLong(3)));
                  }
                } catch (SQLException e) {
                  throw new IllegalStateException(e);
                }
              }
              return found;
            });

    assertThat(seen).hasSize(2);
    assertThat(seen.get(0)).isEqualTo(seen.get(1));
    assertThat((List<?>) seen.get(0)).first().isEqualTo(true);
    assertThat((List<?>) seen.get(0)).last().isEqualTo(1L);
    assertThat(routing.count(Decision.REPLICA_CAUGHT_UP)).isEqualTo(1);
    try (Connection outside = application.getConnection()) {
      assertThat(inRecovery(outside)).isFalse();
    }
    assertThatThrownBy(
            () ->
                routing.within(
                    () -> {
                      try (Connection connection = application.getConnection();
                          Statement statement = connection.createStatement()) {
                        return statement.executeUpdate(
                            "UPDATE audit.journal_stream_head SET stream_version = stream_version WHERE false");
                      } catch (SQLException e) {
                        throw new IllegalStateException(e);
                      }
                    }))
        .hasCauseInstanceOf(SQLException.class)
        .satisfies(e -> assertThat(((SQLException) e.getCause()).getSQLState()).isEqualTo("25006"));
  }

  @Test
  @Order(5)
  void a_search_after_a_write_the_paused_replica_has_not_replayed_runs_on_the_primary()
      throws SQLException, InterruptedException {
    ReplicaRouting routing = routing();
    try (Connection onReplica = replica.getConnection();
        Statement statement = onReplica.createStatement()) {
      statement.execute("SELECT pg_wal_replay_pause()");
      try {
        Thread.sleep(1100);
        String stream = journaled();

        assertThat(searched(routing, stream))
            .extracting(JournalEntry::streamId)
            .containsExactly(stream);
        assertThat(routing.count(Decision.PRIMARY_REPLICA_BEHIND)).isEqualTo(1);
        assertThat(routing.count(Decision.REPLICA_CAUGHT_UP)).isZero();
        Lag lag = routing.lag();
        assertThat(lag.reachable()).isTrue();
        assertThat(lag.bytes()).isPositive();
        assertThat(lag.seconds()).isGreaterThanOrEqualTo(1.0);
      } finally {
        statement.execute("SELECT pg_wal_replay_resume()");
      }
    }
    servers.awaitReplayed();

    assertThat(routing.lag()).isEqualTo(new Lag(true, true, 0, 0));
    assertThat(searched(routing, journaled())).hasSize(1);
    assertThat(routing.count(Decision.REPLICA_CAUGHT_UP)).isEqualTo(1);
  }

  @Test
  @Order(6)
  void without_a_replica_configured_every_read_runs_on_the_primary() throws SQLException {
    ReplicaRouting routing =
        new ReplicaRouting(primary, primary, false, Duration.ofMillis(200), decision -> {});

    try (StaleTolerantRead read = routing.begin()) {
      assertThat(read.onReplica()).isFalse();
      assertThat(inRecovery(read.connection())).isFalse();
    }
    assertThat(routing.count(Decision.PRIMARY_NO_REPLICA)).isEqualTo(1);
    assertThat(routing.lag().configured()).isFalse();
  }

  @Test
  @Order(7)
  void with_the_replica_stopped_a_search_runs_on_the_primary_and_sees_the_write()
      throws SQLException, InterruptedException {
    ReplicaRouting routing = routing();
    servers.stopReplica();
    try {
      String stream = journaled();

      assertThat(searched(routing, stream))
          .extracting(JournalEntry::streamId)
          .containsExactly(stream);
      assertThat(searched(routing, stream)).hasSize(1);
      assertThat(routing.count(Decision.PRIMARY_REPLICA_UNREACHABLE)).isEqualTo(2);
      assertThat(routing.lag().reachable()).isFalse();
    } finally {
      servers.startReplica();
    }
    servers.awaitReplayed();
    Thread.sleep(ReplicaRouting.RETRY_UNREACHABLE.toMillis() + 200);

    assertThat(searched(routing, journaled())).hasSize(1);
    assertThat(routing.count(Decision.REPLICA_CAUGHT_UP)).isEqualTo(1);
  }

  @Test
  @Order(8)
  void the_promoted_replica_takes_writes_once_the_primary_is_stopped() throws SQLException {
    servers.awaitReplayed();
    String stream = journaled();
    servers.awaitReplayed();
    servers.stopPrimary();

    servers.promote();

    try (Connection promoted = replica.getConnection()) {
      assertThat(inRecovery(promoted)).isFalse();
      assertThat(JdbcJournal.head(promoted, "Screening", stream)).isNotNull();
      Instant now = Instant.parse("2026-06-01T05:00:00Z");
      JournalEntry next =
          JdbcJournal.append(
              promoted,
              "Screening",
              stream,
              null,
              "ScreeningCorrected",
              "{}",
              "dr-aygul",
              now,
              now);
      assertThat(next.streamVersion()).isEqualTo(2);
    }
  }
}
