package org.alliancecare.audit.internal.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.alliancecare.audit.api.Checkpoint;
import org.alliancecare.audit.api.StreamHead;
import org.alliancecare.audit.internal.domain.RootHash;
import org.alliancecare.kernel.InvalidInput;
import org.junit.jupiter.api.Test;

class AuditServiceTest {

  private static final List<StreamHead> HEADS =
      List.of(
          new StreamHead("Patient", "a", 3, "a".repeat(64)),
          new StreamHead("Patient", "b", 1, "b".repeat(64)),
          new StreamHead("Referral", "c", 2, "c".repeat(64)));

  private static Checkpoint checkpoint(List<StreamHead> heads) {
    RootHash root = new RootHash();
    heads.forEach(root::add);
    return new Checkpoint(Instant.parse("2026-05-04T03:00:00Z"), root.entries(), root.hex(), heads);
  }

  private static String field(Runnable call) {
    try {
      call.run();
    } catch (InvalidInput e) {
      return e.errors().get(0).field();
    }
    throw new AssertionError("expected InvalidInput");
  }

  @Test
  void a_checkpoint_posted_back_is_narrowed_to_the_scope_being_verified() {
    assertThat(AuditService.headsInScope(checkpoint(HEADS), null, null)).isEqualTo(HEADS);
    assertThat(AuditService.headsInScope(checkpoint(HEADS), "Patient", null))
        .containsExactly(HEADS.get(0), HEADS.get(1));
    assertThat(AuditService.headsInScope(checkpoint(HEADS), "Patient", "b"))
        .containsExactly(HEADS.get(1));
  }

  @Test
  void a_checkpoint_whose_heads_were_altered_is_refused_naming_the_root_hash() {
    Checkpoint original = checkpoint(HEADS);
    List<StreamHead> cut =
        List.of(HEADS.get(0), new StreamHead("Patient", "b", 1, "d".repeat(64)), HEADS.get(2));
    Checkpoint altered =
        new Checkpoint(original.at(), original.entries(), original.rootHash(), cut);
    assertThat(field(() -> AuditService.headsInScope(altered, null, null)))
        .isEqualTo("checkpoint.rootHash");
  }

  @Test
  void heads_out_of_order_missing_or_miscounted_are_refused() {
    Checkpoint good = checkpoint(HEADS);
    assertThat(
            field(
                () ->
                    AuditService.headsInScope(
                        new Checkpoint(
                            good.at(),
                            good.entries(),
                            good.rootHash(),
                            List.of(HEADS.get(1), HEADS.get(0))),
                        null,
                        null)))
        .isEqualTo("checkpoint.heads[1]");
    assertThat(
            field(
                () ->
                    AuditService.headsInScope(
                        new Checkpoint(good.at(), good.entries(), good.rootHash(), null),
                        null,
                        null)))
        .isEqualTo("checkpoint.heads");
    assertThat(
            field(
                () ->
                    AuditService.headsInScope(
                        new Checkpoint(good.at(), 99, good.rootHash(), HEADS), null, null)))
        .isEqualTo("checkpoint.entries");
  }

  @Test
  void verifying_a_stream_id_without_its_type_is_refused() {
    assertThatThrownBy(() -> new AuditService().verify(null, "a", null))
        .isInstanceOfSatisfying(
            InvalidInput.class, e -> assertThat(e.errors().get(0).field()).isEqualTo("streamId"));
  }
}
