package org.alliancecare.audit.internal.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.alliancecare.audit.api.Checkpoint;
import org.alliancecare.audit.api.JournalEntry;
import org.alliancecare.audit.api.StreamHead;
import org.alliancecare.audit.api.Verification;
import org.alliancecare.audit.internal.domain.ConcurrentChange;
import org.alliancecare.audit.internal.domain.HashChain;
import org.alliancecare.audit.internal.domain.JournalVerifier;
import org.alliancecare.testing.TestDatabase;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;

/**
 * The journal and the access log partitioned by month (migration audit/V3): where rows land, the
 * head table's wall against a fork across months, the partition-creating function, and the
 * migration of an existing journal.
 */
class PartitionedJournalIT {

  private static final Instant JANUARY_END = Instant.parse("2030-01-31T23:59:59.999999Z");
  private static final Instant FEBRUARY_START = Instant.parse("2030-02-01T00:00:00Z");

  private static JournalEntry append(Connection c, String id, Instant recordedAt)
      throws SQLException {
    return JdbcJournal.append(
        c, "Patient", id, id, "Something", "{\"n\":1}", "dr.aysha", recordedAt, recordedAt);
  }

  private static JournalEntry appendAfter(
      Connection c, HashChain.Head head, String id, Instant recordedAt) throws SQLException {
    return JdbcJournal.appendAfter(
        c,
        head,
        "Patient",
        id,
        id,
        "Something",
        "{\"n\":2}",
        "coordinator.li",
        recordedAt,
        recordedAt);
  }

  private static void createMonths(Connection c, String... months) throws SQLException {
    for (String month : months) {
      for (String table : List.of("journal_entry", "access_log")) {
        try (PreparedStatement create =
            c.prepareStatement("SELECT audit.create_month_partition(?, ?::date)")) {
          create.setString(1, table);
          create.setString(2, month);
          create.executeQuery().close();
        }
      }
    }
    c.commit();
  }

  private static String partitionOf(Connection c, String table, String key, long value)
      throws SQLException {
    try (PreparedStatement select =
        c.prepareStatement(
            "SELECT tableoid::regclass::text FROM audit." + table + " WHERE " + key + " = ?")) {
      select.setLong(1, value);
      try (ResultSet row = select.executeQuery()) {
        assertThat(row.next()).isTrue();
        return row.getString(1);
      }
    }
  }

  private static long accessRow(Connection c, Instant at) throws SQLException {
    try (PreparedStatement insert =
        c.prepareStatement(
            "INSERT INTO audit.access_log (at, actor, action, resource_type, patient_id)"
                + " VALUES (?, 'dr.aysha', 'READ', 'Patient', 'p1') RETURNING id")) {
      insert.setObject(1, JdbcJournal.utc(at));
      try (ResultSet id = insert.executeQuery()) {
        id.next();
        return id.getLong(1);
      }
    }
  }

  private static Verification verify(Connection c, List<StreamHead> heads) throws SQLException {
    return JdbcJournal.inStreamOrder(c, null, null, e -> JournalVerifier.verify(e, heads));
  }

  @Test
  void entries_and_access_rows_land_in_the_partition_of_their_month_or_else_the_default()
      throws SQLException {
    MigratedDatabase database = MigratedDatabase.create("partition");
    try (Connection c = database.connect()) {
      createMonths(c, "2030-01-01", "2030-02-01");
      JournalEntry january = append(c, "a", JANUARY_END);
      JournalEntry february = append(c, "a", FEBRUARY_START);
      JournalEntry farOff = append(c, "a", Instant.parse("2031-06-01T00:00:00Z"));
      long readInJanuary = accessRow(c, JANUARY_END);
      long readInFebruary = accessRow(c, FEBRUARY_START);
      c.commit();
      assertThat(partitionOf(c, "journal_entry", "seq", january.seq()))
          .isEqualTo("audit.journal_entry_2030_01");
      assertThat(partitionOf(c, "journal_entry", "seq", february.seq()))
          .isEqualTo("audit.journal_entry_2030_02");
      assertThat(partitionOf(c, "journal_entry", "seq", farOff.seq()))
          .isEqualTo("audit.journal_entry_default");
      assertThat(partitionOf(c, "access_log", "id", readInJanuary))
          .isEqualTo("audit.access_log_2030_01");
      assertThat(partitionOf(c, "access_log", "id", readInFebruary))
          .isEqualTo("audit.access_log_2030_02");
      assertThat(farOff.streamVersion()).isEqualTo(3);
      assertThat(farOff.prevHash()).isEqualTo(february.hash());
      assertThat(verify(c, List.of()).verified()).isTrue();
      assertThat(JdbcJournal.head(c, "Patient", "a"))
          .isEqualTo(new HashChain.Head(3, farOff.hash()));
    }
  }

  @Test
  void two_appends_of_one_version_in_different_months_make_one_entry_and_one_concurrent_change()
      throws Exception {
    MigratedDatabase database = MigratedDatabase.create("partition");
    try (Connection first = database.connect();
        Connection second = database.connect()) {
      createMonths(first, "2030-01-01", "2030-02-01");
      JournalEntry one = append(first, "a", JANUARY_END.minusSeconds(10));
      first.commit();
      HashChain.Head head = new HashChain.Head(1, one.hash());
      appendAfter(first, head, "a", JANUARY_END); // version 2 in January, not yet committed
      CompletableFuture<JournalEntry> racing =
          CompletableFuture.supplyAsync(
              () -> {
                try {
                  return appendAfter(second, head, "a", FEBRUARY_START); // version 2 in February
                } catch (SQLException e) {
                  throw new IllegalStateException(e);
                }
              });
      assertThatThrownBy(() -> racing.get(500, TimeUnit.MILLISECONDS))
          .as("the second writer waits for the first on the stream's head")
          .isInstanceOf(TimeoutException.class);
      first.commit();
      assertThatThrownBy(() -> racing.get(10, TimeUnit.SECONDS))
          .isInstanceOf(ExecutionException.class)
          .cause()
          .isInstanceOf(ConcurrentChange.class);
      second.rollback();
      // a stale head, or a "new" stream's version 1, in another month: refused all the same
      assertThatThrownBy(() -> appendAfter(second, head, "a", FEBRUARY_START))
          .isInstanceOf(ConcurrentChange.class);
      second.rollback();
      assertThatThrownBy(() -> appendAfter(second, null, "a", FEBRUARY_START))
          .isInstanceOf(ConcurrentChange.class);
      second.rollback();
      try (Statement count = second.createStatement();
          ResultSet rows =
              count.executeQuery(
                  "SELECT count(*) FROM audit.journal_entry WHERE stream_id = 'a'")) {
        rows.next();
        assertThat(rows.getLong(1)).isEqualTo(2);
      }
      assertThat(verify(second, List.of()).verified()).isTrue();
    }
  }

  @Test
  void inside_a_month_the_partitions_unique_stream_version_is_a_second_wall() throws SQLException {
    MigratedDatabase database = MigratedDatabase.create("partition");
    try (Connection c = database.connect()) {
      createMonths(c, "2030-01-01");
      JournalEntry one = append(c, "a", JANUARY_END.minusSeconds(10));
      c.commit();
      try (Statement s = c.createStatement()) {
        // behind the head's back: the head row says version 0 was never there
        s.execute("DELETE FROM audit.journal_stream_head");
      }
      assertThatThrownBy(() -> appendAfter(c, null, "a", JANUARY_END))
          .isInstanceOf(ConcurrentChange.class);
      c.rollback();
      assertThat(JdbcJournal.head(c, "Patient", "a")).isEqualTo(new HashChain.Head(1, one.hash()));
    }
  }

  @Test
  void creating_month_partitions_is_idempotent_grants_nothing_and_moves_nothing()
      throws SQLException {
    MigratedDatabase database = MigratedDatabase.create("partition");
    try (Connection c = database.connect()) {
      int before = partitions(c).size();
      assertThat(MonthPartitions.createAhead(c, MonthPartitions.MONTHS_AHEAD))
          .as("the migration created them")
          .isZero();
      assertThat(MonthPartitions.createAhead(c, MonthPartitions.MONTHS_AHEAD + 2)).isEqualTo(4);
      assertThat(MonthPartitions.createAhead(c, MonthPartitions.MONTHS_AHEAD + 2)).isZero();
      c.commit();
      List<String> partitions = partitions(c);
      assertThat(partitions).hasSize(before + 4).contains("journal_entry_default");
      try (Statement s = c.createStatement();
          ResultSet grants =
              s.executeQuery(
                  "SELECT count(*) FROM information_schema.role_table_grants"
                      + " WHERE grantee = 'alliancecare_app' AND table_schema = 'audit'"
                      + " AND (table_name LIKE 'journal_entry\\_%' OR table_name LIKE"
                      + " 'access_log\\_%')")) {
        grants.next();
        assertThat(grants.getLong(1)).as("privileges on partitions").isZero();
      }
      // a month whose rows sit in the default partition is left alone, rows and all
      JournalEntry farOff = append(c, "a", Instant.parse("2031-06-15T00:00:00Z"));
      c.commit();
      try (PreparedStatement create =
          c.prepareStatement(
              "SELECT audit.create_month_partition('journal_entry', date '2031-06-01')")) {
        try (ResultSet created = create.executeQuery()) {
          created.next();
          assertThat(created.getBoolean(1)).isFalse();
        }
      }
      c.commit();
      assertThat(partitionOf(c, "journal_entry", "seq", farOff.seq()))
          .isEqualTo("audit.journal_entry_default");
    }
  }

  private static List<String> partitions(Connection c) throws SQLException {
    List<String> names = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rows =
            s.executeQuery(
                "SELECT inhrelid::regclass::text FROM pg_inherits"
                    + " WHERE inhparent IN ('audit.journal_entry'::regclass,"
                    + " 'audit.access_log'::regclass) ORDER BY 1")) {
      while (rows.next()) {
        names.add(rows.getString(1).replace("audit.", ""));
      }
    }
    return names;
  }

  @Test
  void the_migration_moves_every_row_and_the_journal_verifies_the_same_before_and_after()
      throws SQLException {
    String url = TestDatabase.get().freshDatabase("partition_migration");
    migrate(url, "2");
    List<JournalEntry> written = new ArrayList<>();
    Checkpoint before;
    try (Connection c = connect(url)) {
      // three months of the unpartitioned journal, written as V1's append wrote it
      Instant[] months = {
        Instant.parse("2026-10-31T23:59:59.999999Z"),
        Instant.parse("2026-11-15T10:00:00Z"),
        Instant.parse("2026-12-01T00:00:00Z")
      };
      for (int i = 0; i < 12; i++) {
        String id = "s" + (i % 4);
        HashChain.Head head =
            written.stream()
                .filter(e -> e.streamId().equals(id))
                .reduce((a, b) -> b)
                .map(e -> new HashChain.Head(e.streamVersion(), e.hash()))
                .orElse(null);
        Instant at = months[i / 4].plusSeconds(i % 4 == 3 ? 0 : i);
        JournalEntry entry =
            HashChain.next(
                head, "Patient", id, "p" + (i % 2), "Something", "{\"i\":" + i + "}", "u", at, at);
        written.add(withSeq(entry, insertV2(c, entry)));
        accessRow(c, at);
      }
      c.commit();
      before = JdbcJournal.checkpoint(c, Instant.now());
      assertThat(verify(c, before.heads()).verified()).isTrue();
      c.commit();
    }
    migrate(url, null);
    try (Connection c = connect(url)) {
      Verification after = verify(c, before.heads());
      assertThat(after.verified()).as(after.toString()).isTrue();
      assertThat(after.entriesChecked()).isEqualTo(12);
      Checkpoint again = JdbcJournal.checkpoint(c, Instant.now());
      assertThat(again.rootHash()).isEqualTo(before.rootHash());
      assertThat(JdbcJournal.inStreamOrder(c, null, null, PartitionedJournalIT::toList))
          .containsExactlyInAnyOrderElementsOf(written);
      assertThat(partitionOf(c, "journal_entry", "seq", written.get(3).seq()))
          .isEqualTo("audit.journal_entry_2026_10");
      assertThat(partitionOf(c, "journal_entry", "seq", written.get(4).seq()))
          .isEqualTo("audit.journal_entry_2026_11");
      assertThat(partitionOf(c, "journal_entry", "seq", written.get(8).seq()))
          .isEqualTo("audit.journal_entry_2026_12");
      try (Statement s = c.createStatement();
          ResultSet rows =
              s.executeQuery(
                  "SELECT (SELECT count(*) FROM audit.journal_entry_default),"
                      + " (SELECT count(*) FROM audit.access_log),"
                      + " (SELECT count(*) FROM audit.access_log_default)")) {
        rows.next();
        assertThat(rows.getLong(1)).isZero();
        assertThat(rows.getLong(2)).isEqualTo(12);
        assertThat(rows.getLong(3)).isZero();
      }
      for (StreamHead head : before.heads()) {
        assertThat(JdbcJournal.head(c, head.streamType(), head.streamId()))
            .isEqualTo(new HashChain.Head(head.streamVersion(), head.hash()));
      }
      JournalEntry next = append(c, "s0", Instant.parse("2026-12-05T12:00:00Z"));
      c.commit();
      assertThat(next.seq()).isGreaterThan(written.get(written.size() - 1).seq());
      assertThat(next.streamVersion()).isEqualTo(4);
      assertThat(verify(c, before.heads()).verified()).isTrue();
    }
  }

  private static void migrate(String url, String target) {
    TestDatabase db = TestDatabase.get();
    Path migrations = Path.of(System.getProperty("alliancecare.migrations", "../../db/migration"));
    var configuration =
        Flyway.configure()
            .dataSource(url, db.user(), db.password())
            .schemas("audit")
            .createSchemas(true)
            .locations("filesystem:" + migrations.resolve("audit").toAbsolutePath());
    if (target != null) {
      configuration.target(MigrationVersion.fromVersion(target));
    }
    configuration.load().migrate();
  }

  private static Connection connect(String url) throws SQLException {
    Connection c =
        DriverManager.getConnection(url, TestDatabase.get().user(), TestDatabase.get().password());
    c.setAutoCommit(false);
    return c;
  }

  private static long insertV2(Connection c, JournalEntry e) throws SQLException {
    try (PreparedStatement insert =
        c.prepareStatement(
            "INSERT INTO audit.journal_entry (stream_type, stream_id, stream_version, patient_id,"
                + " event_type, payload, actor, occurred_at, recorded_at, prev_hash, hash)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING seq")) {
      insert.setString(1, e.streamType());
      insert.setString(2, e.streamId());
      insert.setLong(3, e.streamVersion());
      insert.setString(4, e.patientId());
      insert.setString(5, e.eventType());
      insert.setString(6, e.payload());
      insert.setString(7, e.actor());
      insert.setObject(8, JdbcJournal.utc(e.occurredAt()));
      insert.setObject(9, JdbcJournal.utc(e.recordedAt()));
      insert.setString(10, e.prevHash());
      insert.setString(11, e.hash());
      try (ResultSet seq = insert.executeQuery()) {
        seq.next();
        return seq.getLong(1);
      }
    }
  }

  private static JournalEntry withSeq(JournalEntry e, long seq) {
    return new JournalEntry(
        seq,
        e.streamType(),
        e.streamId(),
        e.streamVersion(),
        e.patientId(),
        e.eventType(),
        e.payload(),
        e.actor(),
        e.occurredAt(),
        e.recordedAt(),
        e.prevHash(),
        e.hash());
  }

  private static List<JournalEntry> toList(java.util.Iterator<JournalEntry> entries) {
    List<JournalEntry> all = new ArrayList<>();
    entries.forEachRemaining(all::add);
    return all;
  }
}
