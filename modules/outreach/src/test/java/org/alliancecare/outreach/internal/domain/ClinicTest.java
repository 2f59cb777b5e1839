package org.alliancecare.outreach.internal.domain;

import static org.alliancecare.outreach.internal.domain.SampleClinics.BEIJING_TIME;
import static org.alliancecare.outreach.internal.domain.SampleClinics.MAY_4;
import static org.alliancecare.outreach.internal.domain.SampleClinics.PEDIATRICS;
import static org.alliancecare.outreach.internal.domain.SampleClinics.XINJIANG_TIME;
import static org.alliancecare.outreach.internal.domain.SampleClinics.schedule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.alliancecare.directory.api.Practitioner;
import org.alliancecare.kernel.BusinessRuleViolation;
import org.alliancecare.kernel.InvalidInput;
import org.alliancecare.outreach.api.AttendanceKind;
import org.alliancecare.outreach.api.ClinicStatus;
import org.alliancecare.outreach.api.events.ClinicCancelled;
import org.alliancecare.outreach.api.events.ClinicPlanned;
import org.alliancecare.outreach.api.events.ClinicPublished;
import org.alliancecare.outreach.api.events.ClinicRescheduled;
import org.alliancecare.outreach.api.events.StaffAssigned;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClinicTest {

  private static final Instant NOW = Instant.parse("2026-04-20T02:00:00Z");
  private final Practitioner doctor = SampleClinics.localDoctor("阿依古丽·吐尔逊");

  @Test
  void a_planned_clinic_is_planned_with_its_number_and_the_instants_of_its_local_times() {
    Clinic clinic = SampleClinics.planned();

    assertThat(clinic.status()).isEqualTo(ClinicStatus.PLANNED);
    assertThat(clinic.number().value()).isEqualTo("OC-2026-0001");
    assertThat(clinic.events())
        .singleElement()
        .isInstanceOfSatisfying(
            ClinicPlanned.class,
            planned -> {
              assertThat(planned.startsAt()).isEqualTo(Instant.parse("2026-05-04T02:00:00Z"));
              assertThat(planned.endsAt()).isEqualTo(Instant.parse("2026-05-04T04:00:00Z"));
              assertThat(planned.timeZone()).isEqualTo("Asia/Shanghai");
            });
  }

  @Test
  void the_lead_staffs_publishes_starts_and_completes_a_clinic_each_change_raising_the_sequence() {
    Clinic clinic = SampleClinics.planned();

    clinic.assign(doctor, "DOCTOR", PEDIATRICS, "lead.ped", NOW);
    clinic.publish(true, "lead.ped", NOW);
    clinic.start("lead.ped", NOW);
    clinic.complete("32 children screened, 4 referred", "lead.ped", NOW);

    assertThat(clinic.status()).isEqualTo(ClinicStatus.COMPLETED);
    assertThat(clinic.summary()).isEqualTo("32 children screened, 4 referred");
    assertThat(clinic.sequence()).isEqualTo(4);
    assertThat(clinic.events()).hasSize(5).element(1).isInstanceOf(StaffAssigned.class);
    assertThat(clinic.events()).element(2).isInstanceOf(ClinicPublished.class);
  }

  @Test
  void publishing_without_a_member_of_the_host_alliance_on_the_staff_is_refused() {
    Clinic clinic = SampleClinics.planned();

    assertThatThrownBy(() -> clinic.publish(false, "lead.ped", NOW))
        .isInstanceOf(NoHostAllianceStaff.class);
    assertThat(clinic.status()).isEqualTo(ClinicStatus.PLANNED);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "PLANNED, IN_PROGRESS",
    "PLANNED, COMPLETED",
    "PUBLISHED, COMPLETED",
    "IN_PROGRESS, CANCELLED",
    "COMPLETED, CANCELLED",
    "CANCELLED, PUBLISHED",
    "COMPLETED, IN_PROGRESS"
  })
  void transitions_outside_the_lifecycle_are_invalid(ClinicStatus from, ClinicStatus to) {
    assertThat(Lifecycle.allows(from, to)).isFalse();
    Clinic clinic = clinicIn(from);
    assertThatThrownBy(() -> move(clinic, to))
        .isInstanceOf(InvalidTransition.class)
        .extracting(e -> ((BusinessRuleViolation) e).rule())
        .isEqualTo("invalid-transition");
  }

  @Test
  void cancelling_needs_a_reason_and_is_journaled_with_the_status_it_left() {
    Clinic clinic = SampleClinics.planned();
    assertThatThrownBy(() -> clinic.cancel(" ", "lead.ped", NOW)).isInstanceOf(InvalidInput.class);

    clinic.cancel("sandstorm warning", "lead.ped", NOW);

    assertThat(clinic.cancellationReason()).isEqualTo("sandstorm warning");
    assertThat(clinic.events())
        .last()
        .isInstanceOfSatisfying(
            ClinicCancelled.class, c -> assertThat(c.previousStatus()).isEqualTo("PLANNED"));
  }

  @Test
  void an_aid_doctor_staffs_only_within_the_tour() {
    Clinic clinic = SampleClinics.planned();
    Practitioner leaving =
        SampleClinics.aidDoctor("陈晓明", LocalDate.of(2024, 8, 1), MAY_4.minusDays(1));
    Practitioner serving = SampleClinics.aidDoctor("李华", LocalDate.of(2024, 8, 1), MAY_4);

    assertThatThrownBy(() -> clinic.assign(leaving, "DOCTOR", PEDIATRICS, "lead.ped", NOW))
        .isInstanceOf(OutsideAidTour.class)
        .extracting(e -> ((BusinessRuleViolation) e).rule())
        .isEqualTo("outside-aid-tour");
    clinic.assign(serving, "DOCTOR", PEDIATRICS, "lead.ped", NOW);
    assertThat(clinic.staffedBy(serving.id())).isTrue();
  }

  @Test
  void only_members_of_the_clinics_alliances_staff_it_and_each_only_once() {
    Clinic clinic = SampleClinics.planned();

    assertThatThrownBy(() -> clinic.assign(doctor, "DOCTOR", null, "lead.ped", NOW))
        .isInstanceOf(NotAnAllianceMember.class)
        .extracting(e -> ((BusinessRuleViolation) e).rule())
        .isEqualTo("not-an-alliance-member");
    clinic.assign(doctor, "DOCTOR", PEDIATRICS, "lead.ped", NOW);
    assertThatThrownBy(() -> clinic.assign(doctor, "NURSE", PEDIATRICS, "lead.ped", NOW))
        .isInstanceOf(AlreadyStaffed.class);
  }

  @Test
  void a_completed_clinic_can_no_longer_be_edited_or_staffed() {
    Clinic clinic = clinicIn(ClinicStatus.COMPLETED);

    assertThatThrownBy(() -> clinic.revise(SampleClinics.details(), 0, "lead.ped", NOW))
        .isInstanceOf(ClinicNotEditable.class);
    assertThatThrownBy(
            () ->
                clinic.assign(
                    SampleClinics.localDoctor("王建国"), "DOCTOR", PEDIATRICS, "lead.ped", NOW))
        .isInstanceOf(ClinicNotEditable.class);
  }

  @Test
  void rescheduling_raises_the_sequence_and_says_so_an_unchanged_plan_changes_nothing() {
    Clinic clinic = SampleClinics.planned();

    assertThat(clinic.revise(SampleClinics.details(), 0, "lead.ped", NOW)).isFalse();
    assertThat(clinic.sequence()).isZero();
    assertThat(
            clinic.revise(
                SampleClinics.details(schedule("14:00", "16:00", BEIJING_TIME), 10),
                0,
                "lead.ped",
                NOW))
        .isTrue();
    assertThat(clinic.sequence()).isOne();
    assertThat(clinic.events()).last().isInstanceOf(ClinicRescheduled.class);
  }

  @ParameterizedTest(name = "planned on {0} for {1}: refused {2}")
  @CsvSource({
    "2026-05-04, 2026-05-03, true",
    "2026-05-04, 2026-05-04, false",
    "2026-05-04, 2026-05-05, false",
    "2026-05-05, 2026-05-04, true"
  })
  void a_clinic_is_planned_for_today_or_later_never_for_a_day_that_has_passed(
      LocalDate today, LocalDate day, boolean refused) {
    ClinicDetails details =
        SampleClinics.details(
            new ClinicSchedule(day, LocalTime.of(10, 0), LocalTime.of(12, 0), BEIJING_TIME), 10);

    if (refused) {
      assertThatThrownBy(
              () ->
                  Clinic.plan(
                      ClinicId.random(),
                      ClinicNumber.of(2026, 7),
                      details,
                      today,
                      "coordinator",
                      NOW))
          .isInstanceOf(ClinicDateInPast.class)
          .extracting(e -> ((BusinessRuleViolation) e).rule())
          .isEqualTo("clinic-date-in-past");
    } else {
      assertThat(
              Clinic.plan(
                      ClinicId.random(), ClinicNumber.of(2026, 7), details, today, "lead.ped", NOW)
                  .details()
                  .schedule()
                  .date())
          .isEqualTo(day);
    }
  }

  @Test
  void
      a_clinic_whose_day_has_passed_keeps_it_when_revised_but_cannot_be_moved_to_another_past_day() {
    Clinic clinic = SampleClinics.planned(); // on MAY_4
    LocalDate today = MAY_4.plusDays(2);

    assertThat(
            clinic.revise(
                SampleClinics.details(schedule("10:00", "12:00", BEIJING_TIME), 20),
                0,
                today,
                "lead.ped",
                NOW))
        .as("the venue's capacity corrected, the day kept")
        .isFalse();
    assertThat(clinic.details().capacity()).isEqualTo(20);
    assertThatThrownBy(
            () ->
                clinic.revise(
                    SampleClinics.details(
                        new ClinicSchedule(
                            MAY_4.plusDays(1),
                            LocalTime.of(10, 0),
                            LocalTime.of(12, 0),
                            BEIJING_TIME),
                        20),
                    0,
                    today,
                    "lead.ped",
                    NOW))
        .isInstanceOf(ClinicDateInPast.class);
    assertThat(
            clinic.revise(
                SampleClinics.details(
                    new ClinicSchedule(
                        today, LocalTime.of(10, 0), LocalTime.of(12, 0), BEIJING_TIME),
                    20),
                0,
                today,
                "lead.ped",
                NOW))
        .as("moved to today")
        .isTrue();
  }

  @Test
  void the_capacity_cannot_fall_below_the_places_booked() {
    Clinic clinic = SampleClinics.planned();

    assertThatThrownBy(
            () ->
                clinic.revise(
                    SampleClinics.details(schedule("10:00", "12:00", BEIJING_TIME), 3),
                    4,
                    "lead.ped",
                    NOW))
        .isInstanceOf(CapacityBelowBookings.class);
  }

  @Test
  void the_last_place_goes_once_walk_ins_are_not_limited() {
    Clinic clinic = clinicIn(ClinicStatus.IN_PROGRESS);

    clinic.admit(AttendanceKind.BOOKED, 9, false);
    assertThatThrownBy(() -> clinic.admit(AttendanceKind.BOOKED, 10, false))
        .isInstanceOf(ClinicFull.class)
        .extracting(e -> ((BusinessRuleViolation) e).rule())
        .isEqualTo("clinic-full");
    clinic.admit(AttendanceKind.WALK_IN, 10, false);
    assertThatThrownBy(() -> clinic.admit(AttendanceKind.WALK_IN, 10, true))
        .isInstanceOf(AlreadyAttending.class);
  }

  @Test
  void patients_are_not_recorded_at_a_clinic_that_is_only_planned_or_over() {
    assertThatThrownBy(() -> clinicIn(ClinicStatus.PLANNED).admit(AttendanceKind.WALK_IN, 0, false))
        .isInstanceOf(ClinicNotOpenForAttendance.class);
    assertThatThrownBy(
            () -> clinicIn(ClinicStatus.COMPLETED).admit(AttendanceKind.WALK_IN, 0, false))
        .isInstanceOf(ClinicNotOpenForAttendance.class);
  }

  @Test
  void local_times_mean_instants_in_their_zone_the_issue_example() {
    ClinicSchedule a = schedule("10:00", "12:00", BEIJING_TIME);
    ClinicSchedule b = schedule("10:30", "11:30", XINJIANG_TIME);
    ClinicSchedule c = schedule("09:00", "10:00", XINJIANG_TIME);

    assertThat(b.startsAt()).isEqualTo(Instant.parse("2026-05-04T04:30:00Z"));
    assertThat(a.overlaps(b)).as("10:30 Xinjiang time is after noon Beijing time").isFalse();
    assertThat(c.startsAt()).isEqualTo(Instant.parse("2026-05-04T03:00:00Z"));
    assertThat(a.overlaps(c)).as("09:00-10:00 Xinjiang time is 11:00-12:00 Beijing").isTrue();
  }

  @Test
  void an_unknown_time_zone_or_an_end_before_the_start_is_named_in_the_error() {
    assertThatThrownBy(
            () ->
                ClinicSchedule.of(MAY_4, LocalTime.of(10, 0), LocalTime.of(12, 0), "Mars/Olympus"))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e ->
                assertThat(e.errors())
                    .extracting(InvalidInput.FieldError::field)
                    .containsExactly("timeZone"));
    assertThatThrownBy(
            () -> ClinicSchedule.of(MAY_4, LocalTime.of(10, 0), LocalTime.of(12, 0), "+08:00"))
        .isInstanceOf(InvalidInput.class);
    assertThatThrownBy(
            () -> ClinicSchedule.of(MAY_4, LocalTime.of(12, 0), LocalTime.of(10, 0), null))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e ->
                assertThat(e.errors())
                    .extracting(InvalidInput.FieldError::field)
                    .containsExactly("endTime"));
    assertThat(ClinicSchedule.of(MAY_4, LocalTime.of(10, 0), LocalTime.of(12, 0), null).zone())
        .isEqualTo(BEIJING_TIME);
  }

  static Clinic clinicIn(ClinicStatus status) {
    Clinic clinic = SampleClinics.planned();
    Practitioner doctor = SampleClinics.localDoctor("王建国");
    clinic.assign(doctor, "DOCTOR", PEDIATRICS, "lead.ped", NOW);
    switch (status) {
      case PLANNED -> {}
      case PUBLISHED -> clinic.publish(true, "lead.ped", NOW);
      case IN_PROGRESS -> {
        clinic.publish(true, "lead.ped", NOW);
        clinic.start("lead.ped", NOW);
      }
      case COMPLETED -> {
        clinic.publish(true, "lead.ped", NOW);
        clinic.start("lead.ped", NOW);
        clinic.complete(null, "lead.ped", NOW);
      }
      case CANCELLED -> clinic.cancel("no road", "lead.ped", NOW);
    }
    return clinic;
  }

  static void move(Clinic clinic, ClinicStatus to) {
    switch (to) {
      case PLANNED -> throw new IllegalArgumentException("nothing moves back to PLANNED");
      case PUBLISHED -> clinic.publish(true, "lead.ped", NOW);
      case IN_PROGRESS -> clinic.start("lead.ped", NOW);
      case COMPLETED -> clinic.complete(null, "lead.ped", NOW);
      case CANCELLED -> clinic.cancel("reason", "lead.ped", NOW);
    }
  }
}
