package org.alliancecare.screening.internal.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.alliancecare.kernel.BusinessClock;
import org.alliancecare.screening.api.RuleSetView;
import org.alliancecare.screening.internal.domain.classification.RuleSet;
import org.junit.jupiter.api.Test;

/** The rule set in force as a client that classifies offline receives it. */
class RuleSetInForceTest {

  private static final Instant NOW = Instant.parse("2026-12-05T02:00:00Z");

  @Test
  void the_rule_set_in_force_now_is_answered_with_its_decimals_as_written() {
    List<Instant> askedAt = new ArrayList<>();
    ScreeningService service = new ScreeningService();
    service.clock = new BusinessClock(Clock.fixed(NOW, ZoneOffset.UTC));
    service.ruleSets =
        at -> {
          askedAt.add(at);
          return RuleSet.CHILD_SCREENING_2021_1;
        };

    RuleSetView view = service.ruleSetInForce();

    assertThat(askedAt).containsExactly(NOW);
    assertThat(view.id()).isEqualTo("child-screening-2021.1");
    assertThat(view.optotypeFromAge()).isEqualTo(3);
    assertThat(view.acuityLimits())
        .containsExactly(
            new RuleSetView.AcuityLimit(3, "0.5"),
            new RuleSetView.AcuityLimit(4, "0.6"),
            new RuleSetView.AcuityLimit(6, "0.7"));
    assertThat(view.interocularDifferenceLogMar()).isEqualTo("0.20");
    assertThat(view.referAtPta4DbHl()).isEqualTo("20");
  }

  @Test
  void a_decimal_is_written_plainly_never_in_exponent_form() {
    ScreeningService service = new ScreeningService();
    service.clock = new BusinessClock(Clock.fixed(NOW, ZoneOffset.UTC));
    RuleSet tight =
        new RuleSet(
            "tight",
            3,
            List.of(new RuleSet.AgeAcuityLimit(3, new BigDecimal("0.5"))),
            new BigDecimal("1E-1"),
            new BigDecimal("2E+1"));
    service.ruleSets = at -> tight;

    RuleSetView view = service.ruleSetInForce();

    assertThat(view.interocularDifferenceLogMar()).isEqualTo("0.1");
    assertThat(view.referAtPta4DbHl()).isEqualTo("20");
    assertThat(view.id()).isEqualTo("tight");
  }
}
