package org.alliancecare.alliances.internal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.alliancecare.alliances.api.MembershipRole;
import org.alliancecare.directory.api.Practitioner;
import org.alliancecare.kernel.BusinessRuleViolation;
import org.alliancecare.kernel.InvalidInput;
import org.alliancecare.kernel.RecordNotFound;

/** Whatever changes are tried, in whatever order, the roster's invariants hold on every day. */
class RosterPropertyTest {

  private static final LocalDate FIRST_DAY = LocalDate.of(2026, 1, 1);
  private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

  record Change(int practitioner, boolean end, MembershipRole role, int day) {}

  @Property(tries = 300)
  void there_is_never_more_than_one_lead_nor_two_memberships_of_one_practitioner_on_a_day(
      @ForAll("changes") List<Change> changes) {
    List<Practitioner> practitioners = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      practitioners.add(
          i == 3
              ? RosterTest.aid("陈晓明", FIRST_DAY.plusDays(10), FIRST_DAY.plusDays(40))
              : RosterTest.local("医生" + i));
    }
    Roster roster = new Roster(AllianceId.random(), List.of());
    for (Change change : changes) {
      Practitioner who = practitioners.get(change.practitioner());
      LocalDate day = FIRST_DAY.plusDays(change.day());
      try {
        if (change.end()) {
          roster.end(who.id(), day, "test", "coordinator", NOW);
        } else {
          roster.admit(who, change.role(), day, "coordinator", NOW);
        }
      } catch (BusinessRuleViolation | InvalidInput | RecordNotFound refused) {
        // a refused change leaves the roster as it was; the invariants below still hold
      }
    }
    for (int d = 0; d <= 60; d++) {
      LocalDate day = FIRST_DAY.plusDays(d);
      List<Membership> on = roster.on(day);
      assertThat(on.stream().filter(m -> m.role() == MembershipRole.LEAD)).hasSizeLessThan(2);
      assertThat(on.stream().map(Membership::practitionerId).distinct().count())
          .isEqualTo(on.size());
      Practitioner aid = practitioners.get(3);
      if (!aid.servesOn(day)) {
        assertThat(on).noneMatch(m -> m.practitionerId().equals(aid.id()));
      }
    }
  }

  @Provide
  Arbitrary<List<Change>> changes() {
    Arbitrary<Change> change =
        Combinators.combine(
                Arbitraries.integers().between(0, 3),
                Arbitraries.of(true, false, false),
                Arbitraries.of(MembershipRole.class),
                Arbitraries.integers().between(0, 50))
            .as(Change::new);
    return change.list().ofMinSize(1).ofMaxSize(25);
  }
}
