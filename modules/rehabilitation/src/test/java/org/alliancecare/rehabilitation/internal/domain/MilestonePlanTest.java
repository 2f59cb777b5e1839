package org.alliancecare.rehabilitation.internal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.alliancecare.rehabilitation.api.Condition;
import org.alliancecare.rehabilitation.api.MilestoneStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MilestonePlanTest {

  /** Enrolled 2026-05-04: the due dates that DOMAIN.md's templates give. */
  @ParameterizedTest(name = "{0} {1} due {2}")
  @CsvSource({
    "HEARING, AUDIOLOGICAL_DIAGNOSIS, 2026-06-03", // +30 days
    "HEARING, DEVICE_DECISION,        2026-06-18", // +45
    "HEARING, DEVICE_FITTED,          2026-08-02", // +90
    "HEARING, TRAINING_STARTED,       2026-09-01", // +120
    "HEARING, FOLLOW_UP_3_MONTHS,     2026-11-02", // fitted + 3 months
    "HEARING, FOLLOW_UP_6_MONTHS,     2027-02-02",
    "HEARING, FOLLOW_UP_12_MONTHS,    2027-08-02",
    "VISION,  OPHTHALMIC_DIAGNOSIS,   2026-06-03",
    "VISION,  CORRECTION_OR_SURGERY,  2026-07-03", // +60
    "VISION,  LOW_VISION_TRAINING,    2026-08-02", // +90
    "VISION,  FOLLOW_UP_3_MONTHS,     2026-10-03", // correction + 3 months
    "VISION,  FOLLOW_UP_6_MONTHS,     2027-01-03",
    "VISION,  FOLLOW_UP_12_MONTHS,    2027-07-03",
    "SPEECH,  SPEECH_ASSESSMENT,      2026-06-03",
    "SPEECH,  THERAPY_STARTED,        2026-07-03",
    "SPEECH,  FOLLOW_UP_3_MONTHS,     2026-10-03",
    "SPEECH,  FOLLOW_UP_6_MONTHS,     2027-01-03",
  })
  void the_default_templates_plan_the_due_dates_of_the_domain(
      Condition condition, String kind, LocalDate due) {
    CaseFile caseFile =
        SampleCases.caseOf(Set.of(Condition.VISION, Condition.HEARING, Condition.SPEECH));

    Milestone milestone = SampleCases.milestone(caseFile, condition, kind);

    assertThat(milestone.dueOn()).isEqualTo(due);
    assertThat(milestone.status()).isEqualTo(MilestoneStatus.PLANNED);
    assertThat(milestone.custom()).isFalse();
  }

  @org.junit.jupiter.api.Test
  void a_case_gets_the_milestones_of_its_own_conditions_only() {
    List<Milestone> milestones = SampleCases.hearingCase().milestones();

    assertThat(milestones).hasSize(7).allMatch(m -> m.condition() == Condition.HEARING);
    assertThat(milestones).extracting(Milestone::position).containsExactly(1, 2, 3, 4, 5, 6, 7);
  }
}
