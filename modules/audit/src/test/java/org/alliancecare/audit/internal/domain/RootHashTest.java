package org.alliancecare.audit.internal.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.alliancecare.audit.api.StreamHead;
import org.junit.jupiter.api.Test;

class RootHashTest {

  private static final StreamHead A = new StreamHead("Patient", "a", 3, "a".repeat(64));
  private static final StreamHead B = new StreamHead("Patient", "b", 1, "b".repeat(64));

  @Test
  void the_root_is_sha256_over_one_line_per_head_and_counts_the_entries() {
    RootHash root = new RootHash().add(A).add(B);
    assertThat(root.entries()).isEqualTo(4);
    assertThat(root.hex())
        .isEqualTo(
            HashChain.sha256Hex(
                "Patient\ta\t3\t" + "a".repeat(64) + "\nPatient\tb\t1\t" + "b".repeat(64) + "\n"));
  }

  @Test
  void heads_out_of_order_or_twice_are_refused() {
    assertThatThrownBy(() -> new RootHash().add(B).add(A))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RootHash().add(A).add(A))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void streams_sort_by_the_bytes_of_their_utf8_as_collate_c_does() {
    assertThat(StreamOrder.TEXT.compare("Z", "a")).isNegative();
    assertThat(StreamOrder.TEXT.compare("\uFF21", "\uD83D\uDE00")).isNegative();
    assertThat("\uFF21".compareTo("\uD83D\uDE00")).isPositive(); // where UTF-16 order differs
  }
}
