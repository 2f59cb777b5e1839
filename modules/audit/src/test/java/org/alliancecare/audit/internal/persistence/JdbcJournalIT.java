package org.alliancecare.audit.internal.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.alliancecare.audit.api.Checkpoint;
import org.alliancecare.audit.api.JournalEntry;
import org.alliancecare.audit.api.JournalQuery;
import org.alliancecare.audit.api.StreamHead;
import org.alliancecare.audit.internal.domain.ConcurrentChange;
import org.alliancecare.audit.internal.domain.HashChain;
import org.alliancecare.audit.internal.domain.JournalVerifier;
import org.alliancecare.kernel.InvalidInput;
import org.alliancecare.kernel.Page;
import org.alliancecare.kernel.PageRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Appends, reads and concurrency of the journal on PostgreSQL. */
class JdbcJournalIT {

  private static final Instant AT = Instant.parse("2026-05-04T03:00:00Z");
  private MigratedDatabase database;

  @BeforeEach
  void freshJournal() {
    database = MigratedDatabase.create("journal");
  }

  private static JournalEntry append(
      Connection c, String type, String id, String patient, String actor, int second)
      throws SQLException {
    return JdbcJournal.append(
        c,
        type,
        id,
        patient,
        "Something",
        "{\"s\":" + second + "}",
        actor,
        AT.plusSeconds(second),
        Instant.now());
  }

  @Test
  void each_stream_chains_from_version_1_and_seq_orders_the_whole_journal() throws SQLException {
    try (Connection c = database.connect()) {
      JournalEntry a1 = append(c, "Patient", "a", "a", "dr.aysha", 1);
      JournalEntry b1 = append(c, "Referral", "b", "a", "dr.aysha", 2);
      JournalEntry a2 = append(c, "Patient", "a", "a", "coordinator.li", 3);
      c.commit();
      assertThat(a1.streamVersion()).isEqualTo(1);
      assertThat(a1.prevHash()).isEqualTo(HashChain.GENESIS);
      assertThat(b1.streamVersion()).isEqualTo(1);
      assertThat(a2.streamVersion()).isEqualTo(2);
      assertThat(a2.prevHash()).isEqualTo(a1.hash());
      assertThat(List.of(a1.seq(), b1.seq(), a2.seq())).isSorted();
      List<JournalEntry> stored =
          JdbcJournal.page(c, JournalQuery.all(), PageRequest.first(10)).items();
      assertThat(stored).containsExactly(a1, b1, a2);
    }
  }

  @Test
  void a_rolled_back_append_leaves_nothing_and_the_stream_continues_from_its_committed_head()
      throws SQLException {
    try (Connection c = database.connect()) {
      JournalEntry first = append(c, "Patient", "a", "a", "dr.aysha", 1);
      c.commit();
      append(c, "Patient", "a", "a", "dr.aysha", 2);
      c.rollback();
      JournalEntry second = append(c, "Patient", "a", "a", "dr.aysha", 3);
      c.commit();
      assertThat(second.streamVersion()).isEqualTo(2);
      assertThat(second.prevHash()).isEqualTo(first.hash());
      assertThat(JdbcJournal.page(c, JournalQuery.all(), PageRequest.first(10)).items())
          .containsExactly(first, second);
    }
  }

  @Test
  void the_second_of_two_concurrent_writers_of_one_stream_fails_instead_of_forking()
      throws Exception {
    try (Connection first = database.connect();
        Connection second = database.connect()) {
      append(first, "Patient", "a", "a", "dr.aysha", 1);
      first.commit();
      append(first, "Patient", "a", "a", "dr.aysha", 2); // holds version 2, not yet committed
      CompletableFuture<JournalEntry> racing =
          CompletableFuture.supplyAsync(
              () -> {
                try {
                  return append(second, "Patient", "a", "a", "coordinator.li", 3);
                } catch (SQLException e) {
                  throw new IllegalStateException(e);
                }
              });
      assertThatThrownBy(() -> racing.get(500, TimeUnit.MILLISECONDS))
          .as("the second writer waits for the first")
          .isInstanceOf(TimeoutException.class);
      first.commit();
      assertThatThrownBy(() -> racing.get(10, TimeUnit.SECONDS))
          .isInstanceOf(ExecutionException.class)
          .cause()
          .isInstanceOf(ConcurrentChange.class)
          .hasMessageContaining("changed by someone else");
      second.rollback();
      assertThat(JdbcJournal.head(second, "Patient", "a").version()).isEqualTo(2);
    }
  }

  @Test
  void writers_of_different_streams_do_not_wait_for_each_other() throws Exception {
    try (Connection first = database.connect();
        Connection second = database.connect()) {
      append(first, "Patient", "a", "a", "dr.aysha", 1); // uncommitted
      CompletableFuture<JournalEntry> other =
          CompletableFuture.supplyAsync(
              () -> {
                try {
                  JournalEntry entry = append(second, "Patient", "b", "b", "dr.aysha", 2);
                  second.commit();
                  return entry;
                } catch (SQLException e) {
                  throw new IllegalStateException(e);
                }
              });
      assertThat(other.get(5, TimeUnit.SECONDS).streamVersion()).isEqualTo(1);
      first.commit();
    }
  }

  @Test
  void journal_queries_filter_and_page_by_seq() throws SQLException {
    try (Connection c = database.connect()) {
      for (int i = 0; i < 7; i++) {
        append(
            c,
            i % 2 == 0 ? "Patient" : "Screening",
            "s" + (i % 3),
            "p" + (i % 2),
            "u" + (i % 3),
            i);
      }
      c.commit();
      Page<JournalEntry> first =
          JdbcJournal.page(
              c, new JournalQuery(null, null, "p0", null, null, null), PageRequest.first(2));
      assertThat(first.items()).extracting(JournalEntry::patientId).containsOnly("p0");
      assertThat(first.items()).hasSize(2);
      Page<JournalEntry> second =
          JdbcJournal.page(
              c,
              new JournalQuery(null, null, "p0", null, null, null),
              PageRequest.of(2, first.nextCursor()));
      assertThat(second.items()).hasSize(2);
      assertThat(second.items().get(0).seq()).isGreaterThan(first.items().get(1).seq());
      assertThat(second.nextCursor()).isNull();
      assertThat(
              JdbcJournal.page(
                      c,
                      new JournalQuery(
                          null, null, null, null, AT.plusSeconds(2), AT.plusSeconds(4)),
                      PageRequest.first(50))
                  .items())
          .extracting(e -> e.occurredAt().getEpochSecond() - AT.getEpochSecond())
          .containsExactly(2L, 3L);
      assertThat(
              JdbcJournal.page(
                      c,
                      new JournalQuery("Patient", "s0", null, "u0", null, null),
                      PageRequest.first(50))
                  .items())
          .extracting(JournalEntry::streamId, JournalEntry::actor)
          .containsOnly(org.assertj.core.groups.Tuple.tuple("s0", "u0"));
      assertThatThrownBy(
              () -> JdbcJournal.page(c, JournalQuery.all(), PageRequest.of(2, "c" + "eA")))
          .isInstanceOf(InvalidInput.class);
    }
  }

  @Test
  void a_checkpoint_names_every_stream_head_and_verifies_the_journal_it_was_taken_of()
      throws SQLException {
    try (Connection c = database.connect()) {
      JournalEntry a1 = append(c, "Patient", "a", "a", "u", 1);
      JournalEntry a2 = append(c, "Patient", "a", "a", "u", 2);
      JournalEntry b1 = append(c, "Patient", "b", "b", "u", 3);
      c.commit();
      Checkpoint checkpoint = JdbcJournal.checkpoint(c, AT);
      assertThat(checkpoint.entries()).isEqualTo(3);
      assertThat(checkpoint.heads())
          .containsExactly(
              new StreamHead("Patient", "a", 2, a2.hash()),
              new StreamHead("Patient", "b", 1, b1.hash()));
      assertThat(checkpoint.rootHash()).matches("[0-9a-f]{64}");
      assertThat(a1.hash()).isNotEqualTo(a2.hash());
      assertThat(
              JdbcJournal.inStreamOrder(
                      c, null, null, entries -> JournalVerifier.verify(entries, checkpoint.heads()))
                  .verified())
          .isTrue();
      assertThat(
              JdbcJournal.inStreamOrder(
                      c, "Patient", "b", entries -> JournalVerifier.verify(entries, List.of()))
                  .entriesChecked())
          .isEqualTo(1);
    }
  }

  @Test
  void a_new_streams_first_entry_appended_without_reading_its_head_is_the_same_entry()
      throws SQLException {
    try (Connection c = database.connect()) {
      JournalEntry read = append(c, "Screening", "s1", "p", "dr.aysha", 1);
      JournalEntry unread =
          JdbcJournal.appendAfter(
              c,
              null,
              "Screening",
              "s2",
              "p",
              "Something",
              "{\"s\":1}",
              "dr.aysha",
              AT.plusSeconds(1),
              read.recordedAt());
      JournalEntry next = append(c, "Screening", "s2", "p", "dr.aysha", 2);
      c.commit();
      assertThat(unread.streamVersion()).isEqualTo(read.streamVersion()).isEqualTo(1);
      assertThat(unread.prevHash()).isEqualTo(HashChain.GENESIS);
      assertThat(next.prevHash()).isEqualTo(unread.hash());
      assertThat(
              JdbcJournal.inStreamOrder(
                      c, null, null, entries -> JournalVerifier.verify(entries, List.of()))
                  .verified())
          .isTrue();
    }
  }

  @Test
  void a_first_entry_for_a_stream_that_has_one_already_fails_instead_of_forking()
      throws SQLException {
    try (Connection c = database.connect()) {
      JournalEntry first = append(c, "Screening", "s1", "p", "dr.aysha", 1);
      c.commit();
      assertThatThrownBy(
              () ->
                  JdbcJournal.appendAfter(
                      c,
                      null,
                      "Screening",
                      "s1",
                      "p",
                      "Something",
                      "{\"s\":2}",
                      "dr.aysha",
                      AT.plusSeconds(2),
                      Instant.now()))
          .isInstanceOf(ConcurrentChange.class);
      c.rollback();
      assertThat(JdbcJournal.head(c, "Screening", "s1"))
          .isEqualTo(new HashChain.Head(1, first.hash()));
    }
  }
}
