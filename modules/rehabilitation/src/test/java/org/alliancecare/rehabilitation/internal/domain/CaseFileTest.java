package org.alliancecare.rehabilitation.internal.domain;

import static org.alliancecare.rehabilitation.internal.domain.SampleCases.COORDINATOR;
import static org.alliancecare.rehabilitation.internal.domain.SampleCases.ENROLLED_AT;
import static org.alliancecare.rehabilitation.internal.domain.SampleCases.ENROLLED_ON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.alliancecare.kernel.BusinessRuleViolation;
import org.alliancecare.kernel.InvalidInput;
import org.alliancecare.kernel.RecordNotFound;
import org.alliancecare.rehabilitation.api.CaseOutcome;
import org.alliancecare.rehabilitation.api.Condition;
import org.alliancecare.rehabilitation.api.MilestoneStatus;
import org.alliancecare.rehabilitation.api.PhaseHistoryEntry;
import org.alliancecare.rehabilitation.api.Stage;
import org.junit.jupiter.api.Test;

class CaseFileTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 9, 1);
  private static final Instant NOW = Instant.parse("2026-09-01T04:00:00Z");

  @Test
  void a_new_case_is_in_assessment_in_its_enrolment_phase() {
    CaseFile caseFile = SampleCases.hearingCase();

    assertThat(caseFile.stage()).isEqualTo(Stage.ASSESSMENT);
    assertThat(caseFile.enrolmentPhase()).isEqualTo(1);
    assertThat(caseFile.currentPhase()).isEqualTo(1);
    assertThat(caseFile.version()).isEqualTo(1);
    assertThat(caseFile.phaseHistory())
        .containsExactly(new PhaseHistoryEntry(null, 1, ENROLLED_ON, ENROLLED_AT, COORDINATOR));
  }

  @Test
  void a_case_moves_forward_through_the_stages_and_closes_with_an_outcome() {
    CaseFile caseFile = SampleCases.hearingCase();

    caseFile.changeStage(Stage.INTERVENTION, null, "hearing aids ordered", TODAY, "dr.li", NOW);
    caseFile.changeStage(Stage.REHABILITATION, null, null, TODAY, "dr.li", NOW);
    caseFile.changeStage(Stage.FOLLOW_UP, null, null, TODAY, "dr.li", NOW);
    caseFile.changeStage(
        Stage.CLOSED, CaseOutcome.REHABILITATED, "speaks in sentences", TODAY, "dr.li", NOW);

    assertThat(caseFile.stage()).isEqualTo(Stage.CLOSED);
    assertThat(caseFile.outcome()).isEqualTo(CaseOutcome.REHABILITATED);
    assertThat(caseFile.closedOn()).isEqualTo(TODAY);
    assertThat(caseFile.stageHistory())
        .extracting(e -> e.from() + ">" + e.to())
        .containsExactly(
            "ASSESSMENT>INTERVENTION",
            "INTERVENTION>REHABILITATION",
            "REHABILITATION>FOLLOW_UP",
            "FOLLOW_UP>CLOSED");
    assertThat(caseFile.stageHistory().get(3).outcome()).isEqualTo(CaseOutcome.REHABILITATED);
  }

  @Test
  void a_stage_that_does_not_apply_may_be_passed_over_but_never_gone_back_to() {
    CaseFile caseFile = SampleCases.hearingCase();

    caseFile.changeStage(Stage.REHABILITATION, null, null, TODAY, "dr.li", NOW);

    assertThatThrownBy(
            () -> caseFile.changeStage(Stage.INTERVENTION, null, null, TODAY, "dr.li", NOW))
        .isInstanceOf(InvalidTransition.class)
        .extracting(e -> ((BusinessRuleViolation) e).rule())
        .isEqualTo("invalid-transition");
    assertThatThrownBy(
            () -> caseFile.changeStage(Stage.REHABILITATION, null, null, TODAY, "dr.li", NOW))
        .isInstanceOf(InvalidTransition.class);
  }

  @Test
  void closing_needs_an_outcome_and_only_closing_takes_one() {
    CaseFile caseFile = SampleCases.hearingCase();

    assertThatThrownBy(() -> caseFile.changeStage(Stage.CLOSED, null, null, TODAY, "dr.li", NOW))
        .isInstanceOf(InvalidInput.class)
        .satisfies(
            e -> assertThat(((InvalidInput) e).errors().get(0).field()).isEqualTo("outcome"));
    assertThatThrownBy(
            () ->
                caseFile.changeStage(
                    Stage.INTERVENTION, CaseOutcome.IMPROVED, null, TODAY, "dr.li", NOW))
        .isInstanceOf(InvalidInput.class);
    assertThat(caseFile.stage()).isEqualTo(Stage.ASSESSMENT);
  }

  @Test
  void a_closed_case_no_longer_changes() {
    CaseFile caseFile = SampleCases.hearingCase();
    Milestone diagnosis =
        SampleCases.milestone(caseFile, Condition.HEARING, "AUDIOLOGICAL_DIAGNOSIS");
    caseFile.changeStage(
        Stage.CLOSED, CaseOutcome.WITHDRAWN, "family moved away", TODAY, "dr.li", NOW);

    assertThatThrownBy(() -> caseFile.achieve(diagnosis.id(), TODAY, null, TODAY))
        .isInstanceOf(CaseClosed.class)
        .extracting(e -> ((BusinessRuleViolation) e).rule())
        .isEqualTo("case-closed");
    assertThatThrownBy(() -> caseFile.addMilestone(MilestoneId.newId(), "X", "x", TODAY, null))
        .isInstanceOf(CaseClosed.class);
    assertThatThrownBy(() -> caseFile.carryInto(2, TODAY, "system", NOW))
        .isInstanceOf(CaseClosed.class);
    assertThat(caseFile.isOverdueOn(TODAY.plusYears(3))).isFalse();
  }

  @Test
  void a_milestone_is_achieved_once_and_then_neither_achieved_nor_skipped_again() {
    CaseFile caseFile = SampleCases.hearingCase();
    Milestone diagnosis =
        SampleCases.milestone(caseFile, Condition.HEARING, "AUDIOLOGICAL_DIAGNOSIS");

    caseFile.achieve(diagnosis.id(), LocalDate.of(2026, 5, 20), "ABR report 2026-05-20", TODAY);

    Milestone achieved = caseFile.milestone(diagnosis.id());
    assertThat(achieved.status()).isEqualTo(MilestoneStatus.ACHIEVED);
    assertThat(achieved.achievedOn()).isEqualTo(LocalDate.of(2026, 5, 20));
    assertThat(achieved.evidence()).isEqualTo("ABR report 2026-05-20");
    assertThatThrownBy(() -> caseFile.achieve(diagnosis.id(), TODAY, null, TODAY))
        .isInstanceOf(InvalidTransition.class);
    assertThatThrownBy(() -> caseFile.skip(diagnosis.id(), "not needed"))
        .isInstanceOf(InvalidTransition.class);
  }

  @Test
  void a_milestone_cannot_be_achieved_on_a_day_still_to_come() {
    CaseFile caseFile = SampleCases.hearingCase();
    Milestone diagnosis =
        SampleCases.milestone(caseFile, Condition.HEARING, "AUDIOLOGICAL_DIAGNOSIS");

    assertThatThrownBy(() -> caseFile.achieve(diagnosis.id(), TODAY.plusDays(1), null, TODAY))
        .isInstanceOf(InvalidInput.class);
    assertThat(caseFile.milestone(diagnosis.id()).isPlanned()).isTrue();
  }

  @Test
  void a_skipped_milestone_keeps_its_reason_and_is_never_overdue() {
    CaseFile caseFile = SampleCases.hearingCase();
    Milestone decision = SampleCases.milestone(caseFile, Condition.HEARING, "DEVICE_DECISION");

    caseFile.skip(decision.id(), "cochlear implant decided at diagnosis");

    assertThat(caseFile.milestone(decision.id()).status()).isEqualTo(MilestoneStatus.SKIPPED);
    assertThat(caseFile.milestone(decision.id()).skipReason())
        .isEqualTo("cochlear implant decided at diagnosis");
    assertThat(caseFile.milestone(decision.id()).isOverdueOn(TODAY.plusYears(1))).isFalse();
    assertThatThrownBy(
            () ->
                caseFile.skip(
                    SampleCases.milestone(caseFile, Condition.HEARING, "DEVICE_FITTED").id(), " "))
        .isInstanceOf(InvalidInput.class);
  }

  @Test
  void follow_ups_are_planned_again_from_the_day_the_device_was_fitted() {
    CaseFile caseFile = SampleCases.hearingCase();
    Milestone fitted = SampleCases.milestone(caseFile, Condition.HEARING, "DEVICE_FITTED");

    CaseFile.Achieved achieved =
        caseFile.achieve(fitted.id(), LocalDate.of(2026, 8, 20), null, TODAY);

    assertThat(achieved.rescheduled())
        .extracting(r -> r.milestone().kind(), r -> r.previousDueOn(), r -> r.milestone().dueOn())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "FOLLOW_UP_3_MONTHS", LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 20)),
            org.assertj.core.groups.Tuple.tuple(
                "FOLLOW_UP_6_MONTHS", LocalDate.of(2027, 2, 2), LocalDate.of(2027, 2, 20)),
            org.assertj.core.groups.Tuple.tuple(
                "FOLLOW_UP_12_MONTHS", LocalDate.of(2027, 8, 2), LocalDate.of(2027, 8, 20)));
  }

  @Test
  void a_case_is_overdue_on_the_day_after_a_milestones_due_date_not_on_it() {
    CaseFile caseFile = SampleCases.hearingCase();
    LocalDate due =
        SampleCases.milestone(caseFile, Condition.HEARING, "AUDIOLOGICAL_DIAGNOSIS").dueOn();

    assertThat(caseFile.isOverdueOn(due)).isFalse();
    assertThat(caseFile.isOverdueOn(due.plusDays(1))).isTrue();
  }

  @Test
  void a_custom_milestone_comes_after_the_planned_ones() {
    CaseFile caseFile = SampleCases.hearingCase();

    Milestone added =
        caseFile.addMilestone(
            MilestoneId.newId(),
            "SPECIAL_SCHOOL_PLACEMENT",
            "Place at the special school",
            LocalDate.of(2027, 9, 1),
            null);

    assertThat(added.custom()).isTrue();
    assertThat(added.position()).isEqualTo(8);
    assertThat(caseFile.milestones()).last().isEqualTo(added);
    assertThatThrownBy(
            () ->
                caseFile.addMilestone(
                    MilestoneId.newId(), "GLASSES", "Glasses", TODAY, Condition.VISION))
        .isInstanceOf(InvalidInput.class);
  }

  @Test
  void an_unknown_milestone_is_not_found() {
    assertThatThrownBy(
            () -> SampleCases.hearingCase().achieve(MilestoneId.newId(), TODAY, null, TODAY))
        .isInstanceOf(RecordNotFound.class);
  }

  @Test
  void a_completed_referral_reaches_the_first_milestone_of_its_condition() {
    CaseFile both = SampleCases.caseOf(Set.of(Condition.HEARING, Condition.VISION));
    CaseFile hearingOnly = SampleCases.hearingCase();

    assertThat(both.milestoneReachedByReferral(Optional.of(Condition.HEARING)))
        .map(Milestone::kind)
        .contains("AUDIOLOGICAL_DIAGNOSIS");
    assertThat(both.milestoneReachedByReferral(Optional.of(Condition.VISION)))
        .map(Milestone::kind)
        .contains("OPHTHALMIC_DIAGNOSIS");
    assertThat(both.milestoneReachedByReferral(Optional.empty())).isEmpty();
    assertThat(hearingOnly.milestoneReachedByReferral(Optional.empty()))
        .map(Milestone::kind)
        .contains("AUDIOLOGICAL_DIAGNOSIS");
    assertThat(hearingOnly.milestoneReachedByReferral(Optional.of(Condition.SPEECH))).isEmpty();

    Milestone diagnosis =
        SampleCases.milestone(hearingOnly, Condition.HEARING, "AUDIOLOGICAL_DIAGNOSIS");
    hearingOnly.achieve(diagnosis.id(), TODAY, null, TODAY);
    assertThat(hearingOnly.milestoneReachedByReferral(Optional.of(Condition.HEARING))).isEmpty();
  }

  @Test
  void carrying_a_case_into_the_next_phase_keeps_its_enrolment_phase_and_adds_history() {
    CaseFile caseFile = SampleCases.hearingCase();

    PhaseHistoryEntry entry = caseFile.carryInto(2, TODAY, COORDINATOR, NOW);

    assertThat(entry).isEqualTo(new PhaseHistoryEntry(1, 2, TODAY, NOW, COORDINATOR));
    assertThat(caseFile.enrolmentPhase()).isEqualTo(1);
    assertThat(caseFile.currentPhase()).isEqualTo(2);
    assertThat(caseFile.phases()).containsExactly(1, 2);
  }
}
