package org.alliancecare.outreach.internal.persistence;

import static org.alliancecare.outreach.internal.domain.SampleClinics.BEIJING_TIME;
import static org.alliancecare.outreach.internal.domain.SampleClinics.PEDIATRICS;
import static org.alliancecare.outreach.internal.domain.SampleClinics.XINJIANG_TIME;
import static org.alliancecare.outreach.internal.domain.SampleClinics.schedule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.alliancecare.directory.api.Practitioner;
import org.alliancecare.kernel.BusinessRuleViolation;
import org.alliancecare.outreach.api.AttendanceKind;
import org.alliancecare.outreach.api.AttendanceView;
import org.alliancecare.outreach.internal.domain.Clinic;
import org.alliancecare.outreach.internal.domain.ClinicFull;
import org.alliancecare.outreach.internal.domain.ClinicId;
import org.alliancecare.outreach.internal.domain.ClinicSchedule;
import org.alliancecare.outreach.internal.domain.PractitionerDoubleBooked;
import org.alliancecare.outreach.internal.domain.SampleClinics;
import org.alliancecare.outreach.internal.domain.StaffMember;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The outreach schema on a real PostgreSQL: the exclusion constraint that keeps a practitioner on
 * one clinic at a time (compared in UTC, across time zones, under concurrency) and the row lock
 * that hands out the last place once.
 */
class ClinicStoreIT {

  private static final Instant NOW = Instant.parse("2026-04-20T02:00:00Z");
  private static OutreachSchema schema;

  @BeforeAll
  static void migrate() {
    schema = OutreachSchema.fresh();
  }

  @Test
  void twenty_concurrent_staffings_of_one_practitioner_on_overlapping_clinics_one_succeeds()
      throws Exception {
    Practitioner doctor = SampleClinics.localDoctor("阿依古丽·吐尔逊");
    List<Clinic> clinics = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      // 09:00-11:00, 09:05-11:05, ... all overlap 10:35-11:00 Beijing time
      LocalTime start = LocalTime.of(9, 0).plusMinutes(5L * i);
      clinics.add(
          stored(
              new ClinicSchedule(
                  SampleClinics.MAY_4.plusDays(30), start, start.plusHours(2), BEIJING_TIME)));
    }
    ExecutorService pool = Executors.newFixedThreadPool(20);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Boolean>> attempts = new ArrayList<>();
    for (Clinic clinic : clinics) {
      Callable<Boolean> staff =
          () -> {
            go.await();
            try (Connection connection = schema.connect()) {
              connection.setAutoCommit(false);
              Clinic locked = ClinicStore.load(connection, clinic.id(), true).orElseThrow();
              StaffMember member = locked.assign(doctor, "DOCTOR", PEDIATRICS, "lead.ped", NOW);
              try {
                ClinicStore.insertStaff(connection, locked, member, "lead.ped", NOW, null);
                ClinicStore.update(connection, locked, NOW);
                connection.commit();
                return true;
              } catch (PractitionerDoubleBooked refused) {
                connection.rollback();
                return false;
              }
            }
          };
      attempts.add(pool.submit(staff));
    }
    go.countDown();
    int succeeded = 0;
    for (Future<Boolean> attempt : attempts) {
      succeeded += attempt.get() ? 1 : 0;
    }
    pool.shutdown();

    assertThat(succeeded).isOne();
    assertThat(
            count(
                "SELECT count(*) FROM outreach.clinic_staff WHERE practitioner_id = '"
                    + doctor.id()
                    + "'"))
        .isOne();
  }

  @Test
  void overlap_is_decided_in_utc_whatever_the_clinics_local_times_look_like() throws Exception {
    Practitioner doctor = SampleClinics.localDoctor("王建国");
    Clinic a = stored(schedule("10:00", "12:00", BEIJING_TIME));
    Clinic b = stored(schedule("10:30", "11:30", XINJIANG_TIME));
    Clinic c = stored(schedule("09:00", "10:00", XINJIANG_TIME));

    staff(a, doctor);
    staff(b, doctor);
    assertThatThrownBy(() -> staff(c, doctor))
        .isInstanceOf(PractitionerDoubleBooked.class)
        .extracting(e -> ((BusinessRuleViolation) e).rule())
        .isEqualTo("practitioner-double-booked");

    try (Connection connection = schema.connect()) {
      assertThat(
              ClinicStore.overlappingClinic(
                  connection,
                  doctor.id(),
                  c.details().schedule().startsAt(),
                  c.details().schedule().endsAt(),
                  c.id()))
          .contains(a.number().value());
      ClinicStore.releaseStaffTime(connection, a.id());
    }
    staff(c, doctor);
    assertThat(
            count(
                "SELECT count(*) FROM outreach.clinic_staff WHERE practitioner_id = '"
                    + doctor.id()
                    + "' AND NOT released"))
        .isEqualTo(2);
  }

  @Test
  void fifty_concurrent_bookings_on_a_clinic_of_capacity_ten_take_exactly_ten_places()
      throws Exception {
    Clinic clinic = stored(schedule("15:00", "18:00", BEIJING_TIME));
    try (Connection connection = schema.connect()) {
      Clinic open = ClinicStore.load(connection, clinic.id(), true).orElseThrow();
      open.assign(SampleClinics.localDoctor("李华"), "DOCTOR", PEDIATRICS, "lead.ped", NOW);
      open.publish(true, "lead.ped", NOW);
      ClinicStore.update(connection, open, NOW);
    }
    ExecutorService pool = Executors.newFixedThreadPool(50);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Boolean>> bookings = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      Callable<Boolean> book =
          () -> {
            go.await();
            try (Connection connection = schema.connect()) {
              connection.setAutoCommit(false);
              Clinic open = ClinicStore.load(connection, clinic.id(), false).orElseThrow();
              String patient = UUID.randomUUID().toString();
              try {
                open.admit(
                    AttendanceKind.BOOKED,
                    ClinicStore.booked(connection, clinic.id()),
                    AttendanceStore.attending(connection, clinic.id(), patient));
              } catch (ClinicFull full) {
                connection.rollback();
                return false;
              }
              AttendanceStore.insert(
                  connection,
                  new AttendanceView(
                      UUID.randomUUID().toString(),
                      clinic.id().toString(),
                      patient,
                      AttendanceKind.BOOKED,
                      null,
                      NOW,
                      "doctor.wensu"));
              if (!ClinicStore.takePlace(connection, clinic.id())) {
                connection.rollback();
                return false;
              }
              connection.commit();
              return true;
            }
          };
      bookings.add(pool.submit(book));
    }
    go.countDown();
    int booked = 0;
    for (Future<Boolean> booking : bookings) {
      booked += booking.get() ? 1 : 0;
    }
    pool.shutdown();

    assertThat(booked).isEqualTo(10);
    try (Connection connection = schema.connect()) {
      assertThat(ClinicStore.booked(connection, clinic.id())).isEqualTo(10);
      assertThat(
              count(
                  "SELECT count(*) FROM outreach.attendance WHERE clinic_id = '"
                      + clinic.id()
                      + "'"))
          .isEqualTo(10);
    }
  }

  @Test
  void the_capacity_cannot_be_lowered_below_the_places_booked() throws Exception {
    Clinic clinic = stored(schedule("19:00", "20:00", BEIJING_TIME));
    try (Connection connection = schema.connect()) {
      Clinic open = ClinicStore.load(connection, clinic.id(), true).orElseThrow();
      open.assign(SampleClinics.localDoctor("王芳"), "DOCTOR", PEDIATRICS, "lead.ped", NOW);
      open.publish(true, "lead.ped", NOW);
      ClinicStore.update(connection, open, NOW);
      assertThat(ClinicStore.takePlace(connection, clinic.id())).isTrue();
      assertThat(ClinicStore.takePlace(connection, clinic.id())).isTrue();
      Clinic published = ClinicStore.load(connection, clinic.id(), true).orElseThrow();
      published.revise(
          SampleClinics.details(schedule("19:00", "20:00", BEIJING_TIME), 1), 0, "lead.ped", NOW);

      assertThatThrownBy(() -> ClinicStore.update(connection, published, NOW))
          .isInstanceOf(org.alliancecare.outreach.internal.domain.CapacityBelowBookings.class);
    }
  }

  @Test
  void a_merged_duplicates_attendances_move_to_the_survivor() throws Exception {
    Clinic clinic = stored(schedule("08:00", "09:00", BEIJING_TIME));
    String duplicate = UUID.randomUUID().toString();
    String survivor = UUID.randomUUID().toString();
    try (Connection connection = schema.connect()) {
      AttendanceStore.insert(
          connection,
          new AttendanceView(
              UUID.randomUUID().toString(),
              clinic.id().toString(),
              duplicate,
              AttendanceKind.WALK_IN,
              null,
              NOW,
              "doctor.wensu"));

      List<AttendanceStore.Moved> moved =
          AttendanceStore.movePatient(connection, duplicate, survivor);

      assertThat(moved)
          .singleElement()
          .extracting(AttendanceStore.Moved::clinicId)
          .isEqualTo(clinic.id().toString());
      assertThat(AttendanceStore.attending(connection, clinic.id(), survivor)).isTrue();
      assertThat(AttendanceStore.attending(connection, clinic.id(), duplicate)).isFalse();
    }
  }

  private static Clinic stored(ClinicSchedule schedule) throws SQLException {
    try (Connection connection = schema.connect()) {
      Clinic clinic =
          Clinic.plan(
              ClinicId.random(),
              ClinicStore.nextNumber(connection, schedule.date().getYear()),
              SampleClinics.details(schedule, 10),
              "lead.ped",
              NOW);
      ClinicStore.insert(connection, clinic, "lead.ped", NOW);
      return ClinicStore.load(connection, clinic.id(), false).orElseThrow();
    }
  }

  private static void staff(Clinic clinic, Practitioner doctor) throws SQLException {
    try (Connection connection = schema.connect()) {
      connection.setAutoCommit(false);
      Clinic locked = ClinicStore.load(connection, clinic.id(), true).orElseThrow();
      StaffMember member = locked.assign(doctor, "DOCTOR", PEDIATRICS, "lead.ped", NOW);
      try {
        ClinicStore.insertStaff(connection, locked, member, "lead.ped", NOW, null);
        ClinicStore.update(connection, locked, NOW);
        connection.commit();
      } catch (RuntimeException | SQLException e) {
        connection.rollback();
        throw e;
      }
    }
  }

  private static long count(String sql) throws SQLException {
    try (Connection connection = schema.connect();
        PreparedStatement select = connection.prepareStatement(sql);
        ResultSet rows = select.executeQuery()) {
      rows.next();
      return rows.getLong(1);
    }
  }
}
