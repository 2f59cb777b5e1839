package org.alliancecare.referrals.internal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.alliancecare.referrals.api.ReferralStatus;

/** Any sequence of requested transitions keeps the referral and its history consistent. */
class ReferralStateMachinePropertiesTest {

  @Property
  void the_history_is_a_chain_of_allowed_steps_from_the_request(
      @ForAll @Size(max = 12) List<ReferralStatus> attempts) {
    Referral referral = SampleReferrals.requested();
    int accepted = 0;
    for (ReferralStatus target : attempts) {
      ReferralStatus before = referral.status();
      try {
        ReferralMachine.apply(referral, target);
        accepted++;
        assertThat(before.mayMoveTo(target)).isTrue();
      } catch (InvalidTransition refused) {
        assertThat(before.mayMoveTo(target)).isFalse();
        assertThat(referral.status()).isEqualTo(before);
      }
    }

    List<Transition> history = referral.transitions();
    assertThat(history).hasSize(accepted + 1);
    assertThat(history.get(0).from()).isNull();
    assertThat(history.get(0).to()).isEqualTo(ReferralStatus.REQUESTED);
    for (int i = 1; i < history.size(); i++) {
      assertThat(history.get(i).from()).isEqualTo(history.get(i - 1).to());
      assertThat(history.get(i).from().mayMoveTo(history.get(i).to())).isTrue();
    }
    assertThat(history.get(history.size() - 1).to()).isEqualTo(referral.status());
  }

  @Property
  void a_final_referral_never_moves_again(
      @ForAll @Size(min = 1, max = 8) List<ReferralStatus> attempts) {
    Referral referral = SampleReferrals.requested();
    ReferralStatus finalStatus = null;
    for (ReferralStatus target : attempts) {
      try {
        ReferralMachine.apply(referral, target);
      } catch (InvalidTransition refused) {
        // refused steps leave the referral as it was; the other property checks how
      }
      if (finalStatus != null) {
        assertThat(referral.status()).isEqualTo(finalStatus);
      } else if (!referral.status().isOpen()) {
        finalStatus = referral.status();
      }
    }
  }

  @Property
  void an_open_referral_is_overdue_exactly_on_the_days_after_its_due_date(
      @ForAll("daysAroundTheDueDate") int offset, @ForAll ReferralStatus status) {
    Referral referral = ReferralMachine.referralIn(status);

    boolean overdue = referral.isOverdueOn(referral.dueOn().plusDays(offset));

    assertThat(overdue).isEqualTo(status.isOpen() && offset > 0);
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<Integer> daysAroundTheDueDate() {
    return net.jqwik.api.Arbitraries.integers().between(-400, 400);
  }
}
