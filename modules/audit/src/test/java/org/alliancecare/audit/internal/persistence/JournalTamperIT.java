package org.alliancecare.audit.internal.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.alliancecare.audit.api.Checkpoint;
import org.alliancecare.audit.api.JournalEntry;
import org.alliancecare.audit.api.Verification;
import org.alliancecare.audit.internal.domain.HashChain;
import org.alliancecare.audit.internal.domain.JournalVerifier;

/**
 * The acceptance property: on a journal of a few hundred entries in PostgreSQL, a thousand
 * random single-row tampers made directly in SQL by the owner, with the protecting triggers (and,
 * where the tamper needs it, the partitions' unique stream versions and the identity of seq) set
 * aside inside the tampering transaction, are each detected by verification against a checkpoint
 * taken before. Every tamper is rolled back after it was verified, so each try starts from the
 * intact journal.
 */
class JournalTamperIT {

  enum Kind {
    EDIT_PAYLOAD,
    EDIT_FIELD,
    CHANGE_HASH,
    CHANGE_PREV_HASH,
    DELETE_ROW,
    TRUNCATE_STREAM_END,
    INSERT_BOGUS_HASH,
    INSERT_FORK,
    INSERT_AFTER_GAP,
    INSERT_BACKDATED,
    SWAP_VERSIONS,
    SWAP_SEQ
  }

  record Tamper(Kind kind, int index, long seed) {}

  private static final int ENTRIES = 300;
  private static final int STREAMS = 30;
  private static MigratedDatabase database;
  private static List<JournalEntry> journal;
  private static Checkpoint checkpoint;
  private static final Map<Kind, Integer> detected = new EnumMap<>(Kind.class);

  @BeforeContainer
  static void buildJournal() throws SQLException {
    database = MigratedDatabase.create("tamper");
    Random random = new Random(20260504);
    String[] types = {"Patient", "Screening", "Referral", "CaseFile"};
    Instant at = Instant.parse("2026-05-04T03:00:00Z");
    try (Connection connection = database.connect()) {
      for (int i = 0; i < ENTRIES; i++) {
        int stream = random.nextInt(STREAMS);
        JdbcJournal.append(
            connection,
            types[stream % types.length],
            "stream-" + stream,
            stream % 3 == 0 ? null : "patient-" + (stream % 7),
            "Event" + random.nextInt(5),
            "{\"n\":" + i + ",\"note\":\"entry " + i + "\"}",
            "user-" + random.nextInt(4),
            at.plusSeconds(i),
            at.plusSeconds(i).plusNanos(1_234_567));
        connection.commit();
      }
      checkpoint = JdbcJournal.checkpoint(connection, Instant.now());
      journal = JdbcJournal.inStreamOrder(connection, null, null, JournalTamperIT::toList);
      connection.commit();
      assertThat(journal).hasSize(ENTRIES);
      assertThat(verify(connection).verified()).isTrue();
    }
  }

  @AfterContainer
  static void report() throws SQLException {
    try (Connection connection = database.connect()) {
      assertThat(verify(connection).verified())
          .as("the journal is intact after all tries")
          .isTrue();
    }
    int total = detected.values().stream().mapToInt(Integer::intValue).sum();
    System.out.println(
        "JournalTamperIT: " + total + " single-row tampers, all detected, by kind: " + detected);
    assertThat(total).isGreaterThanOrEqualTo(1000);
    assertThat(detected.keySet()).containsExactlyInAnyOrder(Kind.values());
  }

  @Provide
  Arbitrary<Tamper> tampers() {
    return Combinators.combine(
            Arbitraries.of(Kind.class),
            Arbitraries.integers().between(0, ENTRIES - 1),
            Arbitraries.longs())
        .as(Tamper::new);
  }

  @Property(tries = 1000)
  void every_single_row_tamper_is_detected(@ForAll("tampers") Tamper tamper) throws SQLException {
    try (Connection connection = database.connect()) {
      JournalEntry target = journal.get(tamper.index());
      Verification verification;
      try (Statement owner = connection.createStatement()) {
        owner.execute("ALTER TABLE audit.journal_entry DISABLE TRIGGER USER");
        target = apply(connection, tamper, target);
        verification = verify(connection);
      } finally {
        connection.rollback();
      }
      assertThat(verification.verified()).as("%s on %s", tamper, target).isFalse();
      assertThat(
              verification.firstBroken().streamType() + "/" + verification.firstBroken().streamId())
          .as("the broken stream of %s", tamper)
          .isEqualTo(target.streamType() + "/" + target.streamId());
      synchronized (detected) {
        detected.merge(tamper.kind(), 1, Integer::sum);
      }
    }
  }

  /** Applies the tamper and answers the entry whose stream it broke. */
  private static JournalEntry apply(Connection c, Tamper tamper, JournalEntry target)
      throws SQLException {
    Random random = new Random(tamper.seed());
    List<JournalEntry> stream = streamOf(target);
    JournalEntry head = stream.get(stream.size() - 1);
    switch (tamper.kind()) {
      case EDIT_PAYLOAD ->
          update(
              c,
              "UPDATE audit.journal_entry SET payload = ? WHERE seq = ?",
              target.payload().replace("entry", "entry" + (char) ('a' + random.nextInt(26))),
              target.seq());
      case EDIT_FIELD -> {
        switch (random.nextInt(5)) {
          case 0 ->
              update(
                  c,
                  "UPDATE audit.journal_entry SET actor = ? WHERE seq = ?",
                  target.actor() + "x",
                  target.seq());
          case 1 ->
              update(
                  c,
                  "UPDATE audit.journal_entry SET event_type = ? WHERE seq = ?",
                  "PatientDeleted",
                  target.seq());
          case 2 ->
              update(
                  c,
                  "UPDATE audit.journal_entry SET occurred_at = occurred_at"
                      + " + interval '1 microsecond' WHERE seq = ?",
                  target.seq());
          case 3 ->
              update(
                  c,
                  "UPDATE audit.journal_entry SET recorded_at = recorded_at"
                      + " - interval '1 second' WHERE seq = ?",
                  target.seq());
          default ->
              update(
                  c,
                  "UPDATE audit.journal_entry SET patient_id = ? WHERE seq = ?",
                  target.patientId() == null ? "patient-x" : null,
                  target.seq());
        }
      }
      case CHANGE_HASH ->
          update(
              c,
              "UPDATE audit.journal_entry SET hash = ? WHERE seq = ?",
              hex(random),
              target.seq());
      case CHANGE_PREV_HASH ->
          update(
              c,
              "UPDATE audit.journal_entry SET prev_hash = ? WHERE seq = ?",
              hex(random),
              target.seq());
      case DELETE_ROW -> update(c, "DELETE FROM audit.journal_entry WHERE seq = ?", target.seq());
      case TRUNCATE_STREAM_END -> {
        update(c, "DELETE FROM audit.journal_entry WHERE seq = ?", head.seq());
        return head;
      }
      case INSERT_BOGUS_HASH ->
          insert(
              c, forged(head, head.streamVersion() + 1, head.hash(), "bogus"), hex(random), null);
      case INSERT_FORK -> {
        try (Statement s = c.createStatement()) {
          // every month's unique stream version (audit/V3), and the head table is bypassed
          s.execute(
              "DO $$ DECLARE i text; BEGIN FOR i IN SELECT indexname FROM pg_indexes"
                  + " WHERE schemaname = 'audit' AND indexname LIKE 'journal\\_entry\\_%stream\\_version'"
                  + " LOOP EXECUTE format('DROP INDEX audit.%I', i); END LOOP; END $$");
        }
        JournalEntry forged = forged(target, target.streamVersion(), target.prevHash(), "fork");
        insert(c, forged, HashChain.hashOf(forged), null);
      }
      case INSERT_AFTER_GAP -> {
        JournalEntry forged = forged(head, head.streamVersion() + 2, head.hash(), "gap");
        insert(c, forged, HashChain.hashOf(forged), null);
      }
      case INSERT_BACKDATED -> {
        // chained correctly onto the head, but placed before it in the journal's order
        JournalEntry forged = forged(head, head.streamVersion() + 1, head.hash(), "backdated");
        insert(c, forged, HashChain.hashOf(forged), -1 - random.nextInt(1000));
      }
      case SWAP_VERSIONS -> {
        if (stream.size() < 2) {
          update(c, "DELETE FROM audit.journal_entry WHERE seq = ?", target.seq());
          return target;
        }
        JournalEntry other = otherIn(stream, target, random);
        update(c, "UPDATE audit.journal_entry SET stream_version = -1 WHERE seq = ?", target.seq());
        update(
            c,
            "UPDATE audit.journal_entry SET stream_version = ? WHERE seq = ?",
            target.streamVersion(),
            other.seq());
        update(
            c,
            "UPDATE audit.journal_entry SET stream_version = ? WHERE seq = ?",
            other.streamVersion(),
            target.seq());
      }
      case SWAP_SEQ -> {
        if (stream.size() < 2) {
          update(c, "DELETE FROM audit.journal_entry WHERE seq = ?", target.seq());
          return target;
        }
        JournalEntry other = otherIn(stream, target, random);
        try (Statement s = c.createStatement()) {
          s.execute("ALTER TABLE audit.journal_entry ALTER COLUMN seq SET GENERATED BY DEFAULT");
        }
        update(c, "UPDATE audit.journal_entry SET seq = -1 WHERE seq = ?", target.seq());
        update(
            c, "UPDATE audit.journal_entry SET seq = ? WHERE seq = ?", target.seq(), other.seq());
        update(c, "UPDATE audit.journal_entry SET seq = ? WHERE seq = -1", other.seq());
      }
    }
    return target;
  }

  private static JournalEntry forged(JournalEntry like, long version, String prevHash, String why) {
    return new JournalEntry(
        0,
        like.streamType(),
        like.streamId(),
        version,
        like.patientId(),
        "Forged",
        "{\"why\":\"" + why + "\"}",
        like.actor(),
        like.occurredAt(),
        like.recordedAt(),
        prevHash,
        null);
  }

  private static void insert(Connection c, JournalEntry e, String hash, Integer seq)
      throws SQLException {
    String columns =
        "stream_type, stream_id, stream_version, patient_id, event_type, payload, actor,"
            + " occurred_at, recorded_at, prev_hash, hash";
    String sql =
        seq == null
            ? "INSERT INTO audit.journal_entry (" + columns + ") VALUES (?,?,?,?,?,?,?,?,?,?,?)"
            : "INSERT INTO audit.journal_entry ("
                + columns
                + ", seq) OVERRIDING SYSTEM VALUE"
                + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?)";
    try (PreparedStatement insert = c.prepareStatement(sql)) {
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
      insert.setString(11, hash);
      if (seq != null) {
        insert.setLong(12, seq);
      }
      insert.executeUpdate();
    }
  }

  private static void update(Connection c, String sql, Object... values) throws SQLException {
    try (PreparedStatement statement = c.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        statement.setObject(i + 1, values[i]);
      }
      assertThat(statement.executeUpdate()).as(sql).isEqualTo(1);
    }
  }

  private static List<JournalEntry> streamOf(JournalEntry target) {
    return journal.stream()
        .filter(
            e ->
                e.streamType().equals(target.streamType())
                    && e.streamId().equals(target.streamId()))
        .toList();
  }

  private static JournalEntry otherIn(List<JournalEntry> stream, JournalEntry target, Random r) {
    List<JournalEntry> others = new ArrayList<>(stream);
    others.remove(target);
    return others.get(r.nextInt(others.size()));
  }

  private static String hex(Random random) {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  private static Verification verify(Connection connection) throws SQLException {
    return JdbcJournal.inStreamOrder(
        connection, null, null, entries -> JournalVerifier.verify(entries, checkpoint.heads()));
  }

  private static List<JournalEntry> toList(java.util.Iterator<JournalEntry> entries) {
    List<JournalEntry> all = new ArrayList<>();
    entries.forEachRemaining(all::add);
    return all;
  }
}
