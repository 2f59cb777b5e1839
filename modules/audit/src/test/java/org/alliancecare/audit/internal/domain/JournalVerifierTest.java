package org.alliancecare.audit.internal.domain;

import static org.alliancecare.audit.internal.domain.SampleEntries.stream;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.alliancecare.audit.api.JournalEntry;
import org.alliancecare.audit.api.StreamHead;
import org.alliancecare.audit.api.Verification;
import org.junit.jupiter.api.Test;

class JournalVerifierTest {

  /** Two streams: Patient/a (3 entries, seq 1-3) and Referral/b (2 entries, seq 4-5). */
  private static List<JournalEntry> journal() {
    List<JournalEntry> all = new ArrayList<>(stream("Patient", "a", 3, 1));
    all.addAll(stream("Referral", "b", 2, 4));
    return all;
  }

  private static List<StreamHead> heads(List<JournalEntry> entries) {
    List<StreamHead> heads = new ArrayList<>();
    for (JournalEntry e : entries) {
      if (!heads.isEmpty()
          && heads.get(heads.size() - 1).streamId().equals(e.streamId())
          && heads.get(heads.size() - 1).streamType().equals(e.streamType())) {
        heads.remove(heads.size() - 1);
      }
      heads.add(new StreamHead(e.streamType(), e.streamId(), e.streamVersion(), e.hash()));
    }
    return heads;
  }

  private static Verification verify(List<JournalEntry> entries) {
    return JournalVerifier.verify(entries.iterator(), List.of());
  }

  private static Verification verify(List<JournalEntry> entries, List<StreamHead> heads) {
    return JournalVerifier.verify(entries.iterator(), heads);
  }

  @Test
  void an_intact_journal_verifies_and_counts_what_it_checked() {
    Verification verification = verify(journal(), heads(journal()));
    assertThat(verification.verified()).isTrue();
    assertThat(verification.entriesChecked()).isEqualTo(5);
    assertThat(verification.streamsChecked()).isEqualTo(2);
    assertThat(verification.firstBroken()).isNull();
  }

  @Test
  void an_empty_journal_verifies() {
    assertThat(verify(List.of()).verified()).isTrue();
  }

  @Test
  void an_edited_payload_breaks_that_entry_with_hash_mismatch() {
    List<JournalEntry> entries = journal();
    entries.set(1, SampleEntries.withPayload(entries.get(1), "{\"n\":99}"));
    Verification verification = verify(entries);
    assertThat(verification.verified()).isFalse();
    assertThat(verification.firstBroken().seq()).isEqualTo(2L);
    assertThat(verification.firstBroken().reason()).isEqualTo("hash-mismatch");
    assertThat(verification.firstBroken().streamType()).isEqualTo("Patient");
    assertThat(verification.firstBroken().streamId()).isEqualTo("a");
  }

  @Test
  void a_deleted_middle_entry_is_a_version_gap() {
    List<JournalEntry> entries = journal();
    entries.remove(1);
    assertThat(verify(entries).firstBroken().reason()).isEqualTo("version-gap");
    assertThat(verify(entries).firstBroken().seq()).isEqualTo(3L);
  }

  @Test
  void a_deleted_first_entry_is_a_missing_start() {
    List<JournalEntry> entries = journal();
    entries.remove(0);
    assertThat(verify(entries).firstBroken().reason()).isEqualTo("missing-start");
  }

  @Test
  void a_replaced_hash_breaks_the_entry_and_a_replaced_prev_hash_breaks_the_link() {
    List<JournalEntry> entries = journal();
    JournalEntry second = entries.get(1);
    entries.set(1, SampleEntries.withHashes(second, second.prevHash(), "f".repeat(64)));
    assertThat(verify(entries).firstBroken().reason()).isEqualTo("hash-mismatch");

    entries = journal();
    entries.set(1, SampleEntries.withHashes(second, "e".repeat(64), second.hash()));
    assertThat(verify(entries).firstBroken().reason()).isEqualTo("prev-hash-mismatch");

    entries = journal();
    JournalEntry first = entries.get(0);
    entries.set(0, SampleEntries.withHashes(first, "e".repeat(64), first.hash()));
    assertThat(verify(entries).firstBroken().reason()).isEqualTo("prev-hash-mismatch");
  }

  @Test
  void a_version_that_occurs_twice_is_a_fork() {
    List<JournalEntry> entries = journal();
    entries.add(2, SampleEntries.with(entries.get(1), 9));
    assertThat(verify(entries).firstBroken().reason()).isEqualTo("duplicate-version");
  }

  @Test
  void seq_must_grow_with_the_version() {
    List<JournalEntry> entries = journal();
    entries.set(0, SampleEntries.with(entries.get(0), 2));
    entries.set(1, SampleEntries.with(entries.get(1), 1));
    assertThat(verify(entries).firstBroken().reason()).isEqualTo("out-of-order");
  }

  @Test
  void a_stream_cut_short_verifies_alone_but_not_against_an_earlier_checkpoint() {
    List<StreamHead> checkpoint = heads(journal());
    List<JournalEntry> entries = journal();
    entries.remove(2); // the last entry of Patient/a
    assertThat(verify(entries).verified()).isTrue();
    Verification verification = verify(entries, checkpoint);
    assertThat(verification.verified()).isFalse();
    assertThat(verification.firstBroken().reason()).isEqualTo("truncated");
    assertThat(verification.firstBroken().streamId()).isEqualTo("a");
    assertThat(verification.firstBroken().seq()).isNull();
  }

  @Test
  void the_last_stream_cut_short_is_found_at_the_end() {
    List<StreamHead> checkpoint = heads(journal());
    List<JournalEntry> entries = journal();
    entries.remove(4);
    assertThat(verify(entries, checkpoint).firstBroken().reason()).isEqualTo("truncated");
  }

  @Test
  void a_stream_removed_whole_is_missing_against_a_checkpoint() {
    List<StreamHead> checkpoint = heads(journal());
    List<JournalEntry> first = journal().subList(3, 5);
    assertThat(verify(first, checkpoint).firstBroken().reason()).isEqualTo("stream-missing");
    assertThat(verify(first, checkpoint).firstBroken().streamId()).isEqualTo("a");
    List<JournalEntry> last = journal().subList(0, 3);
    assertThat(verify(last, checkpoint).firstBroken().reason()).isEqualTo("stream-missing");
    assertThat(verify(last, checkpoint).firstBroken().streamId()).isEqualTo("b");
  }

  @Test
  void entries_appended_after_a_checkpoint_are_fine() {
    List<StreamHead> checkpoint = heads(journal().subList(0, 2));
    assertThat(verify(journal(), checkpoint).verified()).isTrue();
  }

  @Test
  void a_rewritten_tail_that_chains_again_still_differs_from_the_checkpoint() {
    List<StreamHead> checkpoint = heads(journal());
    List<JournalEntry> rewritten = new ArrayList<>(stream("Patient", "a", 3, 1));
    // the same stream written again with another payload in its last entry, chained correctly
    JournalEntry last = rewritten.get(2);
    JournalEntry forged =
        HashChain.next(
            new HashChain.Head(2, rewritten.get(1).hash()),
            "Patient",
            "a",
            last.patientId(),
            last.eventType(),
            "{\"n\":\"forged\"}",
            last.actor(),
            last.occurredAt(),
            last.recordedAt());
    rewritten.set(2, SampleEntries.with(forged, 3));
    rewritten.addAll(stream("Referral", "b", 2, 4));
    Verification verification = verify(rewritten, checkpoint);
    assertThat(verification.verified()).isFalse();
    assertThat(verification.firstBroken().reason()).isEqualTo("differs-from-checkpoint");
    assertThat(verification.firstBroken().seq()).isEqualTo(3L);
  }
}
