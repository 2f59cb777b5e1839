package org.alliancecare.referrals.internal.domain;

import static org.alliancecare.referrals.internal.domain.SampleReferrals.DOCTOR;
import static org.alliancecare.referrals.internal.domain.SampleReferrals.HOSPITAL_DOCTOR;
import static org.alliancecare.referrals.internal.domain.SampleReferrals.REQUESTED_AT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;
import org.alliancecare.kernel.BusinessRuleViolation;
import org.alliancecare.kernel.InvalidInput;
import org.alliancecare.referrals.api.ReferralStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ReferralLifecycleTest {

  private static final Instant LATER = REQUESTED_AT.plusSeconds(3600);

  @Test
  void a_new_referral_is_requested_with_its_request_in_the_history() {
    Referral referral = SampleReferrals.requested();

    assertThat(referral.status()).isEqualTo(ReferralStatus.REQUESTED);
    assertThat(referral.version()).isEqualTo(1);
    assertThat(referral.transitions())
        .containsExactly(
            new Transition(null, ReferralStatus.REQUESTED, REQUESTED_AT, DOCTOR, null));
  }

  @Test
  void the_closed_loop_runs_from_request_to_completion_with_who_and_when() {
    Referral referral = SampleReferrals.requested();
    Instant appointment = Instant.parse("2026-05-12T02:30:00Z");

    referral.accept(HOSPITAL_DOCTOR, LATER);
    referral.schedule(appointment, HOSPITAL_DOCTOR, LATER.plusSeconds(60));
    referral.complete(
        "bilateral sensorineural hearing loss",
        "ABR 70 dB nHL both ears",
        HOSPITAL_DOCTOR,
        LATER.plusSeconds(120));

    assertThat(referral.status()).isEqualTo(ReferralStatus.COMPLETED);
    assertThat(referral.appointmentAt()).isEqualTo(appointment);
    assertThat(referral.outcome()).isEqualTo("bilateral sensorineural hearing loss");
    assertThat(referral.findings()).isEqualTo("ABR 70 dB nHL both ears");
    assertThat(referral.completedAt()).isEqualTo(LATER.plusSeconds(120));
    assertThat(referral.transitions())
        .extracting(Transition::from, Transition::to, Transition::by)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(null, ReferralStatus.REQUESTED, DOCTOR),
            org.assertj.core.groups.Tuple.tuple(
                ReferralStatus.REQUESTED, ReferralStatus.ACCEPTED, HOSPITAL_DOCTOR),
            org.assertj.core.groups.Tuple.tuple(
                ReferralStatus.ACCEPTED, ReferralStatus.SCHEDULED, HOSPITAL_DOCTOR),
            org.assertj.core.groups.Tuple.tuple(
                ReferralStatus.SCHEDULED, ReferralStatus.COMPLETED, HOSPITAL_DOCTOR));
  }

  @Test
  void a_decline_keeps_its_reason_in_the_history() {
    Referral referral = SampleReferrals.requested();

    referral.decline("no paediatric audiologist until September", HOSPITAL_DOCTOR, LATER);

    assertThat(referral.status()).isEqualTo(ReferralStatus.DECLINED);
    assertThat(referral.transitions().get(1).reason())
        .isEqualTo("no paediatric audiologist until September");
  }

  @Test
  void declining_or_cancelling_without_a_reason_is_refused() {
    Referral referral = SampleReferrals.requested();

    assertThatThrownBy(() -> referral.decline(" ", HOSPITAL_DOCTOR, LATER))
        .isInstanceOf(InvalidInput.class);
    assertThatThrownBy(() -> referral.cancel(null, DOCTOR, LATER)).isInstanceOf(InvalidInput.class);
    assertThat(referral.status()).isEqualTo(ReferralStatus.REQUESTED);
    assertThat(referral.transitions()).hasSize(1);
  }

  @Test
  void completion_needs_an_outcome_and_findings() {
    Referral referral = SampleReferrals.requested();
    referral.accept(HOSPITAL_DOCTOR, LATER);
    referral.schedule(LATER, HOSPITAL_DOCTOR, LATER);

    assertThatThrownBy(() -> referral.complete("", "findings", HOSPITAL_DOCTOR, LATER))
        .isInstanceOf(InvalidInput.class);
    assertThatThrownBy(() -> referral.complete("outcome", null, HOSPITAL_DOCTOR, LATER))
        .isInstanceOf(InvalidInput.class);
    assertThat(referral.status()).isEqualTo(ReferralStatus.SCHEDULED);
  }

  /** Every (from, to) pair: allowed exactly when DOMAIN.md's machine has the arrow. */
  static Stream<Arguments> every_pair_of_statuses() {
    Set<String> allowed =
        Set.of(
            "REQUESTED>ACCEPTED",
            "ACCEPTED>SCHEDULED",
            "SCHEDULED>COMPLETED",
            "REQUESTED>DECLINED",
            "REQUESTED>CANCELLED",
            "ACCEPTED>CANCELLED",
            "SCHEDULED>CANCELLED");
    return Arrays.stream(ReferralStatus.values())
        .flatMap(
            from ->
                Arrays.stream(ReferralStatus.values())
                    .map(to -> Arguments.of(from, to, allowed.contains(from + ">" + to))));
  }

  @ParameterizedTest(name = "{0} → {1}: allowed {2}")
  @MethodSource("every_pair_of_statuses")
  void the_state_machine_has_exactly_the_arrows_of_the_domain(
      ReferralStatus from, ReferralStatus to, boolean allowed) {
    Referral referral = ReferralMachine.referralIn(from);

    if (allowed) {
      ReferralMachine.apply(referral, to);
      assertThat(referral.status()).isEqualTo(to);
    } else {
      assertThatThrownBy(() -> ReferralMachine.apply(referral, to))
          .isInstanceOf(InvalidTransition.class)
          .extracting(e -> ((BusinessRuleViolation) e).rule())
          .isEqualTo("invalid-transition");
      assertThat(referral.status()).isEqualTo(from);
    }
  }

  @Test
  void only_completed_declined_and_cancelled_are_final() {
    assertThat(EnumSet.allOf(ReferralStatus.class).stream().filter(s -> !s.isOpen()))
        .containsExactlyInAnyOrder(
            ReferralStatus.COMPLETED, ReferralStatus.DECLINED, ReferralStatus.CANCELLED);
  }
}
