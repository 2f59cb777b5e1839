package org.alliancecare.rehabilitation.internal.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.alliancecare.kernel.InvalidInput;
import org.alliancecare.rehabilitation.api.PhaseStatus;
import org.junit.jupiter.api.Test;

class PhaseTest {

  private static final Instant NOW = Instant.parse("2026-05-04T03:00:00Z");

  private static Phase phase(int number, PhaseStatus status) {
    return new Phase(
        "QIMING",
        number,
        LocalDate.of(2020 + number, 8, 1),
        LocalDate.of(2021 + number, 7, 31),
        25,
        status,
        null,
        null,
        1);
  }

  @Test
  void a_phase_is_planned_then_opened_then_closed() {
    Phase phase =
        Phase.plan("QIMING", 4, LocalDate.of(2024, 8, 1), LocalDate.of(2025, 7, 31), null);

    phase.open(NOW);
    assertThat(phase.status()).isEqualTo(PhaseStatus.OPEN);
    assertThat(phase.openedAt()).isEqualTo(NOW);
    phase.close(NOW.plusSeconds(60));
    assertThat(phase.status()).isEqualTo(PhaseStatus.CLOSED);
    assertThat(phase.closedAt()).isEqualTo(NOW.plusSeconds(60));
  }

  @Test
  void a_phase_cannot_be_reopened_nor_closed_before_it_opened() {
    assertThatThrownBy(() -> phase(1, PhaseStatus.PLANNED).close(NOW))
        .isInstanceOf(InvalidTransition.class);
    assertThatThrownBy(() -> phase(1, PhaseStatus.CLOSED).open(NOW))
        .isInstanceOf(InvalidTransition.class);
    assertThatThrownBy(() -> phase(1, PhaseStatus.OPEN).open(NOW))
        .isInstanceOf(InvalidTransition.class);
  }

  @Test
  void only_one_phase_of_a_program_is_open_at_a_time() {
    List<Phase> phases = List.of(phase(1, PhaseStatus.CLOSED), phase(2, PhaseStatus.OPEN));

    assertThatThrownBy(() -> Phase.requireNoneOpen(phases))
        .isInstanceOf(AnotherPhaseOpen.class)
        .hasMessageContaining("Phase 2");
    assertThatCode(() -> Phase.requireNoneOpen(List.of(phase(1, PhaseStatus.CLOSED))))
        .doesNotThrowAnyException();
  }

  @Test
  void open_cases_go_into_the_lowest_later_phase_that_is_not_closed() {
    List<Phase> phases =
        List.of(
            phase(1, PhaseStatus.CLOSED),
            phase(2, PhaseStatus.OPEN),
            phase(4, PhaseStatus.PLANNED),
            phase(3, PhaseStatus.PLANNED));

    assertThat(Phase.nextAfter(2, phases)).map(Phase::number).contains(3);
    assertThat(Phase.nextAfter(4, phases)).isEmpty();
    assertThat(Phase.nextAfter(0, List.of(phase(1, PhaseStatus.CLOSED)))).isEmpty();
  }

  @Test
  void the_quota_admits_enrolments_until_it_is_reached() {
    Phase phase = phase(2, PhaseStatus.OPEN);

    assertThatCode(() -> phase.requireRoomAfter(24)).doesNotThrowAnyException();
    assertThatThrownBy(() -> phase.requireRoomAfter(25))
        .isInstanceOf(PhaseQuotaReached.class)
        .hasMessageContaining("25");
    Phase unlimited =
        Phase.plan("QIMING", 5, LocalDate.of(2025, 8, 1), LocalDate.of(2026, 7, 31), null);
    assertThatCode(() -> unlimited.requireRoomAfter(10_000)).doesNotThrowAnyException();
  }

  @Test
  void a_phase_ends_after_it_starts_and_its_quota_is_positive() {
    assertThatThrownBy(
            () ->
                Phase.plan("QIMING", 2, LocalDate.of(2024, 8, 1), LocalDate.of(2024, 7, 31), null))
        .isInstanceOf(InvalidInput.class);
    assertThatThrownBy(
            () -> Phase.plan("QIMING", 2, LocalDate.of(2024, 8, 1), LocalDate.of(2025, 7, 31), 0))
        .isInstanceOf(InvalidInput.class);
  }

  @Test
  void a_phase_number_is_used_once_per_program() {
    assertThatThrownBy(() -> Phase.requireNumberFree(2, List.of(phase(2, PhaseStatus.CLOSED))))
        .isInstanceOf(PhaseNumberTaken.class);
  }
}
