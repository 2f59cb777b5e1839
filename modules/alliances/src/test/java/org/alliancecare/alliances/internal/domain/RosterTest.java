package org.alliancecare.alliances.internal.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.alliancecare.alliances.api.MembershipRole;
import org.alliancecare.alliances.api.events.LeadAppointed;
import org.alliancecare.alliances.api.events.MemberAdmitted;
import org.alliancecare.alliances.api.events.MembershipEnded;
import org.alliancecare.directory.api.Origin;
import org.alliancecare.directory.api.Practitioner;
import org.alliancecare.kernel.BusinessRuleViolation;
import org.alliancecare.kernel.InvalidInput;
import org.alliancecare.kernel.RecordNotFound;
import org.junit.jupiter.api.Test;

class RosterTest {

  static final Instant NOW = Instant.parse("2026-03-01T02:00:00Z");
  static final LocalDate MARCH_1 = LocalDate.of(2026, 3, 1);
  static final LocalDate JUNE_1 = LocalDate.of(2026, 6, 1);

  /** A local paediatrician of Wensu County People's Hospital. */
  static Practitioner local(String name) {
    return new Practitioner(
        UUID.randomUUID().toString(),
        name,
        "PEDIATRICS",
        Origin.LOCAL,
        UUID.randomUUID().toString(),
        null,
        null,
        null,
        0);
  }

  /** A paediatrician of the Children's Hospital, Zhejiang University, on an aid tour. */
  static Practitioner aid(String name, LocalDate tourStart, LocalDate tourEnd) {
    return new Practitioner(
        UUID.randomUUID().toString(),
        name,
        "PEDIATRICS",
        Origin.AID,
        UUID.randomUUID().toString(),
        UUID.randomUUID().toString(),
        tourStart,
        tourEnd,
        0);
  }

  private final Roster pediatrics = new Roster(AllianceId.random(), List.of());

  @Test
  void appointing_a_new_lead_ends_the_previous_leads_role_that_day_and_keeps_them_a_member() {
    Practitioner first = local("阿依古丽·吐尔逊");
    Practitioner second = local("王建国");
    pediatrics.admit(first, MembershipRole.LEAD, MARCH_1, "coordinator", NOW);

    pediatrics.admit(second, MembershipRole.LEAD, JUNE_1, "coordinator", NOW);

    assertThat(pediatrics.leadOn(JUNE_1.minusDays(1)).get().practitionerId()).isEqualTo(first.id());
    assertThat(pediatrics.leadOn(JUNE_1).get().practitionerId()).isEqualTo(second.id());
    assertThat(pediatrics.on(JUNE_1))
        .extracting(Membership::practitionerId, Membership::role)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(second.id(), MembershipRole.LEAD),
            org.assertj.core.groups.Tuple.tuple(first.id(), MembershipRole.MEMBER));
    assertThat(pediatrics.events())
        .hasAtLeastOneElementOfType(MembershipEnded.class)
        .filteredOn(LeadAppointed.class::isInstance)
        .map(LeadAppointed.class::cast)
        .last()
        .extracting(LeadAppointed::previousLeadId)
        .isEqualTo(first.id());
  }

  @Test
  void a_member_appointed_lead_changes_role_on_that_day_and_history_keeps_both() {
    Practitioner member = local("努尔艾合买提·艾买尔");
    pediatrics.admit(member, MembershipRole.MEMBER, MARCH_1, "coordinator", NOW);

    pediatrics.admit(member, MembershipRole.LEAD, JUNE_1, "coordinator", NOW);

    assertThat(pediatrics.on(MARCH_1))
        .singleElement()
        .extracting(Membership::role)
        .isEqualTo(MembershipRole.MEMBER);
    assertThat(pediatrics.on(JUNE_1))
        .singleElement()
        .extracting(Membership::role)
        .isEqualTo(MembershipRole.LEAD);
    assertThat(pediatrics.added()).hasSize(2);
  }

  @Test
  void an_aid_doctors_membership_ends_the_day_after_the_tour() {
    Practitioner visiting = aid("陈晓明", LocalDate.of(2025, 8, 1), LocalDate.of(2027, 7, 31));

    Membership membership =
        pediatrics.admit(visiting, MembershipRole.MEMBER, MARCH_1, "coordinator", NOW);

    assertThat(membership.endsOn()).isEqualTo(LocalDate.of(2027, 8, 1));
    assertThat(membership.holdsOn(LocalDate.of(2027, 7, 31))).isTrue();
    assertThat(membership.holdsOn(LocalDate.of(2027, 8, 1))).isFalse();
    assertThat(pediatrics.events())
        .singleElement()
        .isInstanceOfSatisfying(
            MemberAdmitted.class, e -> assertThat(e.endsOn()).isEqualTo(LocalDate.of(2027, 8, 1)));
  }

  @Test
  void an_aid_doctor_cannot_join_outside_the_tour() {
    Practitioner visiting = aid("陈晓明", LocalDate.of(2025, 8, 1), LocalDate.of(2026, 1, 31));

    assertThatThrownBy(
            () -> pediatrics.admit(visiting, MembershipRole.LEAD, MARCH_1, "coordinator", NOW))
        .isInstanceOf(OutsideAidTour.class)
        .extracting(e -> ((BusinessRuleViolation) e).rule())
        .isEqualTo("outside-aid-tour");
  }

  @Test
  void an_aid_lead_succeeded_stays_a_member_only_until_the_tour_ends() {
    Practitioner visiting = aid("陈晓明", LocalDate.of(2025, 8, 1), LocalDate.of(2026, 12, 31));
    pediatrics.admit(visiting, MembershipRole.LEAD, MARCH_1, "coordinator", NOW);

    pediatrics.admit(local("王建国"), MembershipRole.LEAD, JUNE_1, "coordinator", NOW);

    assertThat(pediatrics.on(JUNE_1))
        .filteredOn(m -> m.practitionerId().equals(visiting.id()))
        .singleElement()
        .extracting(Membership::role, Membership::endsOn)
        .containsExactly(MembershipRole.MEMBER, LocalDate.of(2027, 1, 1));
  }

  @Test
  void a_second_membership_at_the_same_time_is_refused() {
    Practitioner member = local("王建国");
    pediatrics.admit(member, MembershipRole.MEMBER, MARCH_1, "coordinator", NOW);

    assertThatThrownBy(
            () -> pediatrics.admit(member, MembershipRole.MEMBER, JUNE_1, "coordinator", NOW))
        .isInstanceOf(AlreadyAMember.class);
  }

  @Test
  void appointing_the_lead_again_is_refused() {
    Practitioner lead = local("王建国");
    pediatrics.admit(lead, MembershipRole.LEAD, MARCH_1, "coordinator", NOW);

    assertThatThrownBy(
            () -> pediatrics.admit(lead, MembershipRole.LEAD, JUNE_1, "coordinator", NOW))
        .isInstanceOf(AlreadyTheLead.class);
  }

  @Test
  void a_lead_appointed_before_the_current_lead_began_is_refused_history_is_not_rewritten() {
    pediatrics.admit(local("王建国"), MembershipRole.LEAD, JUNE_1, "coordinator", NOW);

    assertThatThrownBy(
            () ->
                pediatrics.admit(
                    local("阿依古丽·吐尔逊"), MembershipRole.LEAD, MARCH_1, "coordinator", NOW))
        .isInstanceOf(MembershipOverlapsHistory.class);
  }

  @Test
  void ending_a_membership_keeps_it_in_the_history() {
    Practitioner member = local("王建国");
    pediatrics.admit(member, MembershipRole.MEMBER, MARCH_1, "coordinator", NOW);

    Membership ended = pediatrics.end(member.id(), JUNE_1, "moved to Kuqa", "coordinator", NOW);

    assertThat(ended.endsOn()).isEqualTo(JUNE_1);
    assertThat(ended.endReason()).isEqualTo("moved to Kuqa");
    assertThat(pediatrics.on(JUNE_1.minusDays(1))).hasSize(1);
    assertThat(pediatrics.on(JUNE_1)).isEmpty();
    assertThatThrownBy(
            () -> pediatrics.end(member.id(), JUNE_1.plusDays(5), "again", "coordinator", NOW))
        .isInstanceOf(MembershipAlreadyEnded.class);
  }

  @Test
  void ending_on_or_before_the_first_day_is_invalid_and_a_stranger_has_no_membership() {
    Practitioner member = local("王建国");
    pediatrics.admit(member, MembershipRole.MEMBER, MARCH_1, "coordinator", NOW);

    assertThatThrownBy(() -> pediatrics.end(member.id(), MARCH_1, "typo", "coordinator", NOW))
        .isInstanceOf(InvalidInput.class);
    assertThatThrownBy(
            () -> pediatrics.end(UUID.randomUUID().toString(), JUNE_1, "?", "coordinator", NOW))
        .isInstanceOf(RecordNotFound.class);
  }
}
