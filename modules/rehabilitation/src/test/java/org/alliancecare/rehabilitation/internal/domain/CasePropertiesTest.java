package org.alliancecare.rehabilitation.internal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.alliancecare.rehabilitation.api.CaseOutcome;
import org.alliancecare.rehabilitation.api.Condition;
import org.alliancecare.rehabilitation.api.MilestoneTemplate;
import org.alliancecare.rehabilitation.api.Stage;

/** Properties of the case's stages, its milestone plan and a phase's quota. */
class CasePropertiesTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 9, 1);
  private static final Instant NOW = Instant.parse("2026-09-01T04:00:00Z");

  @Property
  void stages_only_move_forward_and_a_closed_case_stays_closed(
      @ForAll @Size(max = 10) List<Stage> attempts, @ForAll CaseOutcome outcome) {
    CaseFile caseFile = SampleCases.hearingCase();
    for (Stage target : attempts) {
      Stage before = caseFile.stage();
      try {
        caseFile.changeStage(
            target, target == Stage.CLOSED ? outcome : null, null, TODAY, "dr.li", NOW);
        assertThat(target.ordinal()).isGreaterThan(before.ordinal());
        assertThat(before).isNotEqualTo(Stage.CLOSED);
      } catch (InvalidTransition | CaseClosed refused) {
        assertThat(caseFile.stage()).isEqualTo(before);
        assertThat(before == Stage.CLOSED || target.ordinal() <= before.ordinal()).isTrue();
      }
    }
    List<Stage> visited =
        caseFile.stageHistory().stream().map(e -> e.to()).collect(Collectors.toList());
    assertThat(visited).isSorted();
    assertThat(caseFile.outcome() != null).isEqualTo(caseFile.stage() == Stage.CLOSED);
  }

  @Property
  void every_milestone_is_due_on_or_after_enrolment_and_after_the_one_it_follows(
      @ForAll("conditions") Set<Condition> conditions,
      @ForAll @IntRange(min = 0, max = 4000) int day) {
    LocalDate enrolledOn = LocalDate.of(2021, 8, 1).plusDays(day);
    List<MilestoneTemplate> templates = MilestoneTemplates.defaults(conditions);

    List<Milestone> planned = MilestonePlan.plan(templates, enrolledOn, MilestoneId::newId);

    assertThat(planned).hasSize(templates.size());
    Map<String, Milestone> byKind =
        planned.stream().collect(Collectors.toMap(m -> m.condition() + "/" + m.kind(), m -> m));
    for (Milestone milestone : planned) {
      assertThat(milestone.dueOn()).isAfter(enrolledOn);
      if (milestone.after() != null) {
        assertThat(milestone.dueOn())
            .isAfter(byKind.get(milestone.condition() + "/" + milestone.after()).dueOn());
      }
    }
  }

  @Property
  void achieving_a_milestone_early_or_late_plans_its_follow_ups_from_that_day(
      @ForAll @IntRange(min = -80, max = 110) int daysFromEnrolment) {
    CaseFile caseFile = SampleCases.hearingCase();
    Milestone fitted = SampleCases.milestone(caseFile, Condition.HEARING, "DEVICE_FITTED");
    LocalDate on = SampleCases.ENROLLED_ON.plusDays(daysFromEnrolment);

    caseFile.achieve(fitted.id(), on, null, TODAY);

    assertThat(SampleCases.milestone(caseFile, Condition.HEARING, "FOLLOW_UP_3_MONTHS").dueOn())
        .isEqualTo(on.plusMonths(3));
    assertThat(SampleCases.milestone(caseFile, Condition.HEARING, "FOLLOW_UP_12_MONTHS").dueOn())
        .isEqualTo(on.plusMonths(12));
    assertThat(SampleCases.milestone(caseFile, Condition.HEARING, "TRAINING_STARTED").dueOn())
        .isEqualTo(SampleCases.ENROLLED_ON.plusDays(120));
  }

  @Property
  void a_quota_admits_exactly_as_many_enrolments_as_it_says(
      @ForAll @IntRange(min = 1, max = 60) int quota,
      @ForAll @IntRange(min = 0, max = 100) int attempts) {
    Phase phase =
        new Phase(
            "QIMING",
            2,
            LocalDate.of(2022, 8, 1),
            LocalDate.of(2023, 7, 31),
            quota,
            org.alliancecare.rehabilitation.api.PhaseStatus.OPEN,
            NOW,
            null,
            1);
    int enrolled = 0;
    for (int i = 0; i < attempts; i++) {
      try {
        phase.requireRoomAfter(enrolled);
        enrolled++;
      } catch (PhaseQuotaReached full) {
        assertThat(enrolled).isEqualTo(quota);
      }
    }
    assertThat(enrolled).isEqualTo(Math.min(quota, attempts));
  }

  @Property
  void
      a_closed_case_is_never_overdue_and_an_open_one_is_overdue_exactly_after_its_earliest_due_planned_milestone(
          @ForAll @IntRange(min = -10, max = 800) int daysAfterEnrolment, @ForAll boolean closed) {
    CaseFile caseFile = SampleCases.hearingCase();
    if (closed) {
      caseFile.changeStage(Stage.CLOSED, CaseOutcome.WITHDRAWN, null, TODAY, "dr.li", NOW);
    }
    LocalDate day = SampleCases.ENROLLED_ON.plusDays(daysAfterEnrolment);
    LocalDate earliest =
        caseFile.milestones().stream()
            .map(Milestone::dueOn)
            .min(LocalDate::compareTo)
            .orElseThrow();

    assertThat(caseFile.isOverdueOn(day)).isEqualTo(!closed && day.isAfter(earliest));
  }

  @Provide
  Arbitrary<Set<Condition>> conditions() {
    return Arbitraries.of(Condition.class).set().ofMinSize(1).map(EnumSet::copyOf);
  }
}
