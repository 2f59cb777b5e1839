package org.alliancecare.screening.internal.domain.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The children's rule set child-screening-2021.1, row by row. */
class RuleSetTest {

  private final RuleSet rules = RuleSet.CHILD_SCREENING_2021_1;

  @ParameterizedTest(name = "at {0} the better eye needs {1}")
  @CsvSource({"3, 0.5", "4, 0.6", "5, 0.6", "6, 0.7", "7, 0.7", "18, 0.7"})
  void the_acuity_limit_rises_with_age(int age, String decimal) {
    assertThat(rules.acuityLimitFor(new AgeAtScreening(age)).orElseThrow().acuity())
        .isEqualTo(VisualAcuity.ofDecimal(decimal));
  }

  @ParameterizedTest(name = "at {0} no chart limit applies")
  @CsvSource({"0", "1", "2"})
  void under_3_there_is_no_chart_limit(int age) {
    assertThat(rules.acuityLimitFor(new AgeAtScreening(age))).isEmpty();
  }

  @Test
  void the_default_rule_set_is_current_and_found_by_its_id() {
    assertThat(RuleSet.current().id()).isEqualTo("child-screening-2021.1");
    assertThat(RuleSet.withId("child-screening-2021.1")).contains(rules);
    assertThat(RuleSet.withId("child-screening-1999.1")).isEmpty();
    assertThat(rules.interocularDifferenceLogMar()).isEqualByComparingTo("0.2");
    assertThat(rules.referAtPta4DbHl()).isEqualByComparingTo("20");
  }

  @Test
  void a_rule_set_with_limits_out_of_order_or_a_gap_at_the_youngest_age_is_refused() {
    BigDecimal half = new BigDecimal("0.5");
    assertThatThrownBy(
            () ->
                new RuleSet(
                    "x",
                    3,
                    List.of(
                        new RuleSet.AgeAcuityLimit(6, half), new RuleSet.AgeAcuityLimit(4, half)),
                    new BigDecimal("0.2"),
                    BigDecimal.TEN))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                new RuleSet(
                    "x",
                    3,
                    List.of(new RuleSet.AgeAcuityLimit(4, half)),
                    new BigDecimal("0.2"),
                    BigDecimal.TEN))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
