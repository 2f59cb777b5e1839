package org.alliancecare.referrals.internal.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.alliancecare.kernel.InvalidInput;
import org.alliancecare.referrals.api.SourceKind;
import org.alliancecare.referrals.api.Urgency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DueDateTest {

  private static final LocalDate MAY_4 = LocalDate.of(2026, 5, 4);

  @ParameterizedTest(name = "{0} requested {1} → due {2}")
  @CsvSource({
    "URGENT,  2026-05-04, 2026-05-11",
    "ROUTINE, 2026-05-04, 2026-06-03",
    "URGENT,  2026-12-28, 2027-01-04",
    "ROUTINE, 2028-02-01, 2028-03-02",
  })
  void without_a_date_given_the_urgency_sets_it(
      Urgency urgency, LocalDate requestedOn, LocalDate due) {
    assertThat(DueDate.of(urgency, requestedOn, null, Optional.empty())).isEqualTo(due);
  }

  @Test
  void a_date_given_by_the_requester_wins_over_the_urgency() {
    assertThat(DueDate.of(Urgency.ROUTINE, MAY_4, LocalDate.of(2026, 5, 20), Optional.empty()))
        .isEqualTo(LocalDate.of(2026, 5, 20));
    assertThat(DueDate.of(Urgency.URGENT, MAY_4, MAY_4, Optional.empty())).isEqualTo(MAY_4);
  }

  @Test
  void a_date_before_the_request_is_refused() {
    assertThatThrownBy(
            () -> DueDate.of(Urgency.ROUTINE, MAY_4, MAY_4.minusDays(1), Optional.empty()))
        .isInstanceOf(InvalidInput.class)
        .satisfies(e -> assertThat(((InvalidInput) e).errors().get(0).field()).isEqualTo("dueOn"));
  }

  @Test
  void a_deadline_caps_the_due_date_by_urgency_and_a_later_date_given() {
    Optional<LocalDate> deadline = Optional.of(LocalDate.of(2026, 5, 20));

    assertThat(DueDate.of(Urgency.ROUTINE, MAY_4, null, deadline)).isEqualTo(deadline.get());
    assertThat(DueDate.of(Urgency.ROUTINE, MAY_4, LocalDate.of(2026, 6, 1), deadline))
        .isEqualTo(deadline.get());
    assertThat(DueDate.of(Urgency.URGENT, MAY_4, null, deadline))
        .isEqualTo(LocalDate.of(2026, 5, 11));
  }

  @Property
  void the_due_date_is_never_before_the_request_nor_after_the_deadline(
      @ForAll Urgency urgency,
      @ForAll @IntRange(min = 0, max = 3000) int requestedDay,
      @ForAll @IntRange(min = 0, max = 60) int givenAfter,
      @ForAll boolean dateGiven,
      @ForAll @IntRange(min = 1, max = 90) int deadlineAfter,
      @ForAll boolean withDeadline) {
    LocalDate requestedOn = LocalDate.of(2024, 1, 1).plusDays(requestedDay);
    LocalDate given = dateGiven ? requestedOn.plusDays(givenAfter) : null;
    Optional<LocalDate> deadline =
        withDeadline ? Optional.of(requestedOn.plusDays(deadlineAfter)) : Optional.empty();

    LocalDate due = DueDate.of(urgency, requestedOn, given, deadline);

    assertThat(due).isAfterOrEqualTo(requestedOn);
    deadline.ifPresent(last -> assertThat(due).isBeforeOrEqualTo(last));
    if (deadline.isEmpty()) {
      assertThat(due).isEqualTo(given != null ? given : DueDate.byUrgency(urgency, requestedOn));
    }
  }

  @Test
  void an_infant_hearing_referral_is_due_by_the_day_the_child_is_three_months_old() {
    LocalDate born = LocalDate.of(2026, 3, 20);
    LocalDate requestedOn = LocalDate.of(2026, 5, 4);

    Optional<LocalDate> latest =
        InfantHearingRule.latestDueOn(SourceKind.SCREENING, "OTOLARYNGOLOGY", born, requestedOn);

    assertThat(latest).contains(LocalDate.of(2026, 6, 20));
    assertThat(DueDate.of(Urgency.ROUTINE, requestedOn, null, latest))
        .isEqualTo(LocalDate.of(2026, 6, 3));
    LocalDate bornEarlier = LocalDate.of(2026, 2, 10);
    assertThat(
            DueDate.of(
                Urgency.ROUTINE,
                requestedOn,
                null,
                InfantHearingRule.latestDueOn(
                    SourceKind.SCREENING, "audiology", bornEarlier, requestedOn)))
        .isEqualTo(LocalDate.of(2026, 5, 10));
  }

  @ParameterizedTest(name = "{0} to {1}, born {2}, requested {3} → latest {4}")
  @CsvSource({
    "SCREENING,  OTOLARYNGOLOGY,  2026-03-20, 2026-05-04, 2026-06-20",
    "SCREENING,  Audiology,       2026-03-20, 2026-05-04, 2026-06-20",
    "SCREENING,  ENT,             2026-03-20, 2026-05-04, 2026-06-20",
    "SCREENING,  otorhinolaryngology, 2026-03-20, 2026-05-04, 2026-06-20",
    "SCREENING,  OPHTHALMOLOGY,   2026-03-20, 2026-05-04, ",
    "ATTENDANCE, OTOLARYNGOLOGY,  2026-03-20, 2026-05-04, ",
    "CASE,       AUDIOLOGY,       2026-03-20, 2026-05-04, ",
    "SCREENING,  OTOLARYNGOLOGY,  2026-02-04, 2026-05-04, ",
    "SCREENING,  OTOLARYNGOLOGY,  2026-02-05, 2026-05-04, 2026-05-05",
    "SCREENING,  OTOLARYNGOLOGY,  2025-11-30, 2026-02-27, 2026-02-28",
    "SCREENING,  OTOLARYNGOLOGY,  2025-11-30, 2026-02-28, ",
  })
  void the_infant_hearing_rule_applies_to_hearing_referrals_from_screenings_of_infants(
      SourceKind kind, String specialty, LocalDate born, LocalDate requestedOn, LocalDate latest) {
    assertThat(InfantHearingRule.latestDueOn(kind, specialty, born, requestedOn))
        .isEqualTo(Optional.ofNullable(latest));
  }
}
