package org.alliancecare.rehabilitation.internal.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.alliancecare.kernel.BusinessRuleViolation;
import org.alliancecare.kernel.InvalidInput;
import org.alliancecare.rehabilitation.api.Condition;
import org.alliancecare.rehabilitation.api.MilestoneTemplate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProgramEligibilityTest {

  private final Program qiming = SampleCases.qiming();

  @ParameterizedTest(name = "born {0}, enrolled {1}: eligible {2}")
  @CsvSource({
    "2008-05-05, 2026-05-04, true", // the day before the 18th birthday
    "2008-05-04, 2026-05-04, false", // the 18th birthday
    "2008-02-29, 2026-02-28, true", // born on a leap day: 18 only on 1 March in a common year
    "2008-02-29, 2026-03-01, false",
    "2026-05-04, 2026-05-04, true", // a newborn
    "2000-01-01, 2026-05-04, false",
  })
  void a_child_is_eligible_while_younger_than_eighteen_on_the_day_of_enrolment(
      LocalDate born, LocalDate enrolledOn, boolean eligible) {
    if (eligible) {
      assertThatCode(() -> qiming.requireAgeOn(born, enrolledOn)).doesNotThrowAnyException();
    } else {
      assertThatThrownBy(() -> qiming.requireAgeOn(born, enrolledOn))
          .isInstanceOf(NotEligibleAge.class)
          .extracting(e -> ((BusinessRuleViolation) e).rule())
          .isEqualTo("not-eligible-age");
    }
  }

  @ParameterizedTest(name = "{0}: eligible {1}")
  @CsvSource({
    "'652927,652900,650000', true", // 乌什县 in Aksu prefecture
    "'652925-T01,652925,652900,650000', true", // 尤鲁都斯巴格镇, a township of 新和县
    "'652922-V01,652922-T01,652922,652900,650000', true", // 佳木岗村, a village of 温宿县
    "'652900,650000', true", // the prefecture itself
    "'659002,650000', true", // 阿拉尔市, XPCC 1st Division
    "'650100,650000', false", // Urumqi: in Xinjiang but not in the program
    "'650000', false",
    "'330100,330000', false", // Hangzhou, the donor province
  })
  void a_child_is_eligible_at_the_programs_places_and_anywhere_below_them(
      String ancestry, boolean eligible) {
    List<String> placeAndAncestors = List.of(ancestry.split(","));
    if (eligible) {
      assertThatCode(() -> qiming.requirePlace(placeAndAncestors)).doesNotThrowAnyException();
    } else {
      assertThatThrownBy(() -> qiming.requirePlace(placeAndAncestors))
          .isInstanceOf(NotEligiblePlace.class)
          .satisfies(
              e -> {
                BusinessRuleViolation rule = (BusinessRuleViolation) e;
                assertThat(rule.rule()).isEqualTo("not-eligible-place");
                assertThat(rule.details()).containsEntry("placeCode", placeAndAncestors.get(0));
              });
    }
  }

  @Test
  void a_program_refuses_conditions_it_does_not_cover() {
    Program visionOnly =
        new Program(
            "BRIGHT_EYES",
            "光明行动",
            "Bright Eyes",
            14,
            Set.of(SampleCases.AKSU_PREFECTURE),
            Set.of(Condition.VISION),
            MilestoneTemplates.defaults(Set.of(Condition.VISION)),
            SampleCases.ENROLLED_AT,
            "coord.wang",
            1);

    assertThatCode(() -> visionOnly.requireCovers(Set.of(Condition.VISION)))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> visionOnly.requireCovers(Set.of(Condition.VISION, Condition.HEARING)))
        .isInstanceOf(NotEligibleCondition.class)
        .hasMessageContaining("HEARING");
  }

  @Test
  void qiming_has_the_milestone_templates_of_the_domain_for_each_condition() {
    assertThat(qiming.templatesFor(Set.of(Condition.HEARING)))
        .extracting(MilestoneTemplate::kind)
        .containsExactly(
            "AUDIOLOGICAL_DIAGNOSIS",
            "DEVICE_DECISION",
            "DEVICE_FITTED",
            "TRAINING_STARTED",
            "FOLLOW_UP_3_MONTHS",
            "FOLLOW_UP_6_MONTHS",
            "FOLLOW_UP_12_MONTHS");
    assertThat(qiming.templatesFor(Set.of(Condition.VISION))).hasSize(6);
    assertThat(qiming.templatesFor(Set.of(Condition.SPEECH))).hasSize(4);
  }

  @Test
  void templates_that_cannot_be_planned_are_refused_naming_each_field() {
    List<MilestoneTemplate> templates =
        List.of(
            new MilestoneTemplate(Condition.VISION, "DIAGNOSIS", "Diagnosis", 30, null, null),
            new MilestoneTemplate(Condition.VISION, "DIAGNOSIS", "Again", 40, null, null),
            new MilestoneTemplate(Condition.VISION, "FOLLOW_UP", "Follow-up", null, 3, "SURGERY"),
            new MilestoneTemplate(Condition.SPEECH, "ASSESSMENT", "Assessment", 30, null, null));

    assertThatThrownBy(() -> MilestoneTemplates.checked(templates, Set.of(Condition.VISION)))
        .isInstanceOf(InvalidInput.class)
        .satisfies(
            e ->
                assertThat(((InvalidInput) e).errors())
                    .extracting(InvalidInput.FieldError::field)
                    .containsExactly(
                        "milestoneTemplates[1].kind",
                        "milestoneTemplates[2].after",
                        "milestoneTemplates[3].condition"));
  }
}
