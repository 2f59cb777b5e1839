package org.alliancecare.audit.internal.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import org.alliancecare.audit.api.JournalEntry;
import org.junit.jupiter.api.Test;

class HashChainTest {

  private static final Instant OCCURRED = Instant.parse("2026-05-04T03:00:00.123456789Z");
  private static final Instant RECORDED = Instant.parse("2026-05-04T03:00:01Z");

  private static JournalEntry first() {
    return HashChain.next(
        null,
        "Patient",
        "7f1c",
        "7f1c",
        "PatientRegistered",
        "{\"name\":\"古丽米热·买买提\",\"place\":\"652901\"}",
        "dr.aysha",
        OCCURRED,
        RECORDED);
  }

  @Test
  void the_canonical_entry_is_every_field_but_seq_and_hash_with_sorted_keys_and_micro_instants() {
    assertThat(HashChain.canonical(first()))
        .isEqualTo(
            "{\"actor\":\"dr.aysha\",\"eventType\":\"PatientRegistered\","
                + "\"occurredAt\":\"2026-05-04T03:00:00.123456Z\",\"patientId\":\"7f1c\","
                + "\"payload\":{\"name\":\"古丽米热·买买提\",\"place\":\"652901\"},"
                + "\"prevHash\":\""
                + "0".repeat(64)
                + "\",\"recordedAt\":\"2026-05-04T03:00:01.000000Z\",\"streamId\":\"7f1c\","
                + "\"streamType\":\"Patient\",\"streamVersion\":1}");
  }

  @Test
  void the_first_entry_of_a_stream_is_version_1_chained_to_64_zeros() throws Exception {
    JournalEntry first = first();
    assertThat(first.streamVersion()).isEqualTo(1);
    assertThat(first.prevHash()).isEqualTo(HashChain.GENESIS).hasSize(64).matches("0+");
    MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
    String expected =
        HexFormat.of()
            .formatHex(
                sha256.digest(
                    (HashChain.GENESIS + HashChain.canonical(first))
                        .getBytes(StandardCharsets.UTF_8)));
    assertThat(first.hash()).isEqualTo(expected).matches("[0-9a-f]{64}");
  }

  @Test
  void instants_are_kept_to_the_microsecond_that_postgresql_stores() {
    assertThat(first().occurredAt()).isEqualTo(Instant.parse("2026-05-04T03:00:00.123456Z"));
  }

  @Test
  void the_next_entry_follows_the_head_of_its_stream() {
    JournalEntry first = first();
    JournalEntry second =
        HashChain.next(
            new HashChain.Head(first.streamVersion(), first.hash()),
            "Patient",
            "7f1c",
            "7f1c",
            "PatientMoved",
            "{}",
            "coordinator.li",
            OCCURRED.plusSeconds(60),
            RECORDED.plusSeconds(60));
    assertThat(second.streamVersion()).isEqualTo(2);
    assertThat(second.prevHash()).isEqualTo(first.hash());
    assertThat(second.hash()).isEqualTo(HashChain.hashOf(second)).isNotEqualTo(first.hash());
  }

  @Test
  void any_change_of_a_hashed_field_changes_the_hash() {
    JournalEntry entry = first();
    assertThat(HashChain.hashOf(SampleEntries.withPayload(entry, "{\"name\":\"x\"}")))
        .isNotEqualTo(entry.hash());
    assertThat(HashChain.hashOf(SampleEntries.withHashes(entry, "1".repeat(64), entry.hash())))
        .isNotEqualTo(entry.hash());
  }

  @Test
  void stream_names_with_control_characters_are_refused() {
    assertThatThrownBy(
            () ->
                HashChain.next(
                    null, "Patient", "a\tb", null, "X", "{}", "system", OCCURRED, RECORDED))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("streamId");
    assertThatThrownBy(
            () -> HashChain.next(null, "", "a", null, "X", "{}", "system", OCCURRED, RECORDED))
        .hasMessageContaining("streamType");
  }
}
