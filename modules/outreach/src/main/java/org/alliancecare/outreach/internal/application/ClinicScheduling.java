package org.alliancecare.outreach.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.alliancecare.alliances.api.AlliancesFacade;
import org.alliancecare.alliances.api.NotAllowedToManage;
import org.alliancecare.directory.api.Caller;
import org.alliancecare.directory.api.DirectoryFacade;
import org.alliancecare.directory.api.Place;
import org.alliancecare.directory.api.PlaceLevel;
import org.alliancecare.directory.api.Practitioner;
import org.alliancecare.directory.api.Role;
import org.alliancecare.kernel.InvalidInput;
import org.alliancecare.kernel.InvalidInput.FieldError;
import org.alliancecare.kernel.Page;
import org.alliancecare.kernel.PageRequest;
import org.alliancecare.kernel.RecordNotFound;
import org.alliancecare.kernel.StaleVersion;
import org.alliancecare.kernel.events.DomainEvent;
import org.alliancecare.outreach.api.AttendanceKind;
import org.alliancecare.outreach.api.AttendanceView;
import org.alliancecare.outreach.api.CalendarQuery;
import org.alliancecare.outreach.api.ClinicPlan;
import org.alliancecare.outreach.api.ClinicQuery;
import org.alliancecare.outreach.api.ClinicService;
import org.alliancecare.outreach.api.ClinicStatus;
import org.alliancecare.outreach.api.ClinicView;
import org.alliancecare.outreach.api.NewAttendance;
import org.alliancecare.outreach.api.OutreachFacade;
import org.alliancecare.outreach.api.StaffAssignment;
import org.alliancecare.outreach.api.events.AttendanceMovedToSurvivor;
import org.alliancecare.outreach.api.events.PatientAttended;
import org.alliancecare.outreach.internal.domain.Clinic;
import org.alliancecare.outreach.internal.domain.ClinicDetails;
import org.alliancecare.outreach.internal.domain.ClinicFull;
import org.alliancecare.outreach.internal.domain.ClinicId;
import org.alliancecare.outreach.internal.domain.ClinicNotOpenForAttendance;
import org.alliancecare.outreach.internal.domain.ClinicNumber;
import org.alliancecare.outreach.internal.domain.ClinicSchedule;
import org.alliancecare.outreach.internal.domain.Lifecycle;
import org.alliancecare.outreach.internal.domain.StaffMember;
import org.alliancecare.outreach.internal.persistence.AttendanceStore;
import org.alliancecare.outreach.internal.persistence.ClinicStore;
import org.alliancecare.patients.api.PatientFacts;
import org.alliancecare.patients.api.PatientsFacade;
import org.alliancecare.patients.api.events.PatientsMerged;

/** The outreach facade. */
@ApplicationScoped
@Transactional
public class ClinicScheduling implements OutreachFacade {

  @Inject DataSource dataSource;

  @Inject DirectoryFacade directory;
  @Inject AlliancesFacade alliances;
  @Inject PatientsFacade patients;
  @Inject ClinicViews views;
  @Inject ClinicCalendar calendar;
  @Inject Event<DomainEvent> events;

  @Inject Clock clock;

  @Override
  public ClinicView plan(ClinicPlan plan, Caller by) {
    ClinicDetails details = details(plan);
    requireManager(details.hostAllianceId(), by);
    Instant now = clock.instant();
    try (Connection connection = dataSource.getConnection()) {
      ClinicNumber number = ClinicStore.nextNumber(connection, details.schedule().date().getYear());
      Clinic clinic =
          Clinic.plan(ClinicId.random(), number, details, views.today(), by.username(), now);
      ClinicStore.insert(connection, clinic, by.username(), now);
      clinic.events().forEach(events::fire);
      return reload(connection, clinic.id());
    } catch (SQLException e) {
      throw unavailable(e);
    }
  }

  @Override
  public ClinicView clinic(String clinicId) {
    ClinicId id = ClinicId.parse(clinicId);
    try (Connection connection = dataSource.getConnection()) {
      return reload(connection, id);
    } catch (SQLException e) {
      throw unavailable(e);
    }
  }

  @Override
  public Page<ClinicView> clinics(ClinicQuery query, PageRequest page) {
    try (Connection connection = dataSource.getConnection()) {
      List<Clinic> rows = ClinicStore.page(connection, query, page);
      Page<Clinic> clinics = page.toPage(rows, ClinicStore::cursorOf);
      List<ClinicView> items = new ArrayList<>();
      for (Clinic clinic : clinics.items()) {
        items.add(views.of(clinic, ClinicStore.booked(connection, clinic.id())));
      }
      return new Page<>(items, clinics.nextCursor());
    } catch (SQLException e) {
      throw unavailable(e);
    }
  }

  @Override
  public ClinicView revise(String clinicId, long expectedVersion, ClinicPlan plan, Caller by) {
    return change(
        clinicId,
        expectedVersion,
        by,
        (connection, clinic, now) -> {
          ClinicDetails next = details(plan);
          int booked = ClinicStore.booked(connection, clinic.id());
          boolean rescheduled = clinic.revise(next, booked, views.today(), by.username(), now);
          return rescheduled ? () -> ClinicStore.moveStaffTime(connection, clinic) : NOTHING;
        });
  }

  @Override
  public ClinicView assignStaff(
      String clinicId, StaffAssignment assignment, Long expectedVersion, Caller by) {
    if (assignment.practitionerId() == null || assignment.practitionerId().isBlank()) {
      throw InvalidInput.of("practitionerId", "required");
    }
    return change(
        clinicId,
        expectedVersion,
        by,
        (connection, clinic, now) -> {
          Practitioner practitioner =
              directory
                  .findPractitioner(assignment.practitionerId())
                  .orElseThrow(
                      () -> InvalidInput.of("practitionerId", "not-practitioner-in-directory"));
          String via = allianceOf(clinic, practitioner.id());
          StaffMember member =
              clinic.assign(practitioner, assignment.role(), via, by.username(), now);
          ClinicSchedule schedule = clinic.details().schedule();
          String conflicting =
              ClinicStore.overlappingClinic(
                      connection,
                      practitioner.id(),
                      schedule.startsAt(),
                      schedule.endsAt(),
                      clinic.id())
                  .orElse(null);
          return () ->
              ClinicStore.insertStaff(connection, clinic, member, by.username(), now, conflicting);
        });
  }

  @Override
  public ClinicView releaseStaff(
      String clinicId, String practitionerId, Long expectedVersion, Caller by) {
    return change(
        clinicId,
        expectedVersion,
        by,
        (connection, clinic, now) -> {
          clinic.release(practitionerId, by.username(), now);
          ClinicStore.deleteStaff(connection, clinic.id(), practitionerId);
          return NOTHING;
        });
  }

  @Override
  public ClinicView publish(String clinicId, Long expectedVersion, Caller by) {
    return change(
        clinicId,
        expectedVersion,
        by,
        (connection, clinic, now) -> {
          String host = clinic.details().hostAllianceId();
          LocalDate date = clinic.details().schedule().date();
          boolean hostStaffed =
              clinic.staff().stream()
                  .anyMatch(m -> alliances.isMember(host, m.practitionerId(), date));
          clinic.publish(hostStaffed, by.username(), now);
          return NOTHING;
        });
  }

  @Override
  public ClinicView start(String clinicId, Long expectedVersion, Caller by) {
    return change(
        clinicId,
        expectedVersion,
        by,
        (connection, clinic, now) -> {
          clinic.start(by.username(), now);
          return NOTHING;
        });
  }

  @Override
  public ClinicView complete(String clinicId, Long expectedVersion, String summary, Caller by) {
    return change(
        clinicId,
        expectedVersion,
        by,
        (connection, clinic, now) -> {
          clinic.complete(summary, by.username(), now);
          return NOTHING;
        });
  }

  @Override
  public ClinicView cancel(String clinicId, Long expectedVersion, String reason, Caller by) {
    return change(
        clinicId,
        expectedVersion,
        by,
        (connection, clinic, now) -> {
          clinic.cancel(reason, by.username(), now);
          ClinicStore.releaseStaffTime(connection, clinic.id());
          return NOTHING;
        });
  }

  @Override
  public AttendanceView recordAttendance(String clinicId, NewAttendance attendance, Caller by) {
    ClinicId id = ClinicId.parse(clinicId);
    List<FieldError> errors = new ArrayList<>();
    if (attendance.patientId() == null || !isUuid(attendance.patientId())) {
      errors.add(FieldError.of("patientId", "required-id-of-registered-patient"));
    }
    if (attendance.kind() == null) {
      errors.add(FieldError.of("kind", "required-booked-or-walk-in"));
    }
    if (attendance.note() != null && attendance.note().length() > 2000) {
      errors.add(FieldError.of("note", "must-at-most-2000-characters"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
    try (Connection connection = dataSource.getConnection()) {
      Clinic clinic =
          ClinicStore.load(connection, id, false).orElseThrow(() -> new RecordNotFound("clinic"));
      boolean staffingDoctor = by.hasRole(Role.DOCTOR) && clinic.staffedBy(by.practitionerId());
      boolean hostLead =
          by.hasRole(Role.ALLIANCE_LEAD) && leads(by, Set.of(clinic.details().hostAllianceId()));
      if (!staffingDoctor && !hostLead) {
        throw new NotAllowedToManage("who attends this clinic");
      }
      PatientFacts patient =
          patients
              .facts(attendance.patientId())
              .orElseThrow(() -> InvalidInput.of("patientId", "not-registered-patient"));
      clinic.admit(
          attendance.kind(),
          ClinicStore.booked(connection, id),
          AttendanceStore.attending(connection, id, patient.id()));
      Instant now = clock.instant();
      String note =
          attendance.note() == null || attendance.note().isBlank()
              ? null
              : attendance.note().strip();
      AttendanceView recorded =
          new AttendanceView(
              UUID.randomUUID().toString(),
              id.toString(),
              patient.id(),
              attendance.kind(),
              note,
              now,
              by.username());
      AttendanceStore.insert(connection, recorded);
      events.fire(
          new PatientAttended(
              recorded.id(),
              id.toString(),
              patient.id(),
              recorded.kind().name(),
              note,
              by.username(),
              now));
      // Last, so that the clinic's row is locked only from here to the commit: everything that
      // may wait for a connection or for other modules is done. Whoever finds no place rolls back.
      confirmPlace(connection, clinic, attendance.kind());
      return recorded;
    } catch (SQLException e) {
      throw unavailable(e);
    }
  }

  /** Takes a booked patient's place, or holds the clinic open for a walk-in, until the commit. */
  private static void confirmPlace(Connection connection, Clinic clinic, AttendanceKind kind)
      throws SQLException {
    if (kind == AttendanceKind.BOOKED && ClinicStore.takePlace(connection, clinic.id())) {
      return;
    }
    ClinicStatus status =
        ClinicStore.statusHeld(connection, clinic.id())
            .orElseThrow(() -> new RecordNotFound("clinic"));
    if (!Lifecycle.receivesPatients(status)) {
      throw new ClinicNotOpenForAttendance(status);
    }
    if (kind == AttendanceKind.BOOKED) {
      throw new ClinicFull(clinic.details().capacity());
    }
  }

  @Override
  public Page<AttendanceView> attendances(String clinicId, PageRequest page, Caller by) {
    ClinicId id = ClinicId.parse(clinicId);
    try (Connection connection = dataSource.getConnection()) {
      Clinic clinic =
          ClinicStore.load(connection, id, false).orElseThrow(() -> new RecordNotFound("clinic"));
      Set<String> clinicAlliances = new LinkedHashSet<>();
      clinicAlliances.add(clinic.details().hostAllianceId());
      clinicAlliances.addAll(clinic.details().joiningAllianceIds());
      boolean allowed =
          by.hasRole(Role.AUDITOR)
              || clinic.staffedBy(by.practitionerId())
              || (by.hasRole(Role.ALLIANCE_LEAD) && leads(by, clinicAlliances));
      if (!allowed) {
        throw new NotAllowedToManage("or read who attends this clinic");
      }
      return page.toPage(AttendanceStore.page(connection, id, page), AttendanceStore::cursorOf);
    } catch (SQLException e) {
      throw unavailable(e);
    }
  }

  @Override
  public List<AttendanceView> attendancesAt(String clinicId) {
    ClinicId id = ClinicId.parse(clinicId);
    try (Connection connection = dataSource.getConnection()) {
      ClinicStore.load(connection, id, false).orElseThrow(() -> new RecordNotFound("clinic"));
      List<AttendanceView> all = new ArrayList<>();
      PageRequest page = PageRequest.first(PageRequest.MAX_LIMIT);
      while (true) {
        Page<AttendanceView> found =
            page.toPage(AttendanceStore.page(connection, id, page), AttendanceStore::cursorOf);
        all.addAll(found.items());
        if (found.nextCursor() == null) {
          return all;
        }
        page = PageRequest.of(PageRequest.MAX_LIMIT, found.nextCursor());
      }
    } catch (SQLException e) {
      throw unavailable(e);
    }
  }

  @Override
  public String calendar(CalendarQuery query) {
    try (Connection connection = dataSource.getConnection()) {
      return calendar.of(
          ClinicStore.calendar(
              connection, blankToNull(query.allianceId()), blankToNull(query.practitionerId())));
    } catch (SQLException e) {
      throw unavailable(e);
    }
  }

  /**
   * Moves the attendances of a merged duplicate to the surviving patient, in the merge's own
   * transaction (so the merge and the move commit together).
   */
  void patientsMerged(@Observes PatientsMerged merged) {
    try (Connection connection = dataSource.getConnection()) {
      for (AttendanceStore.Moved moved :
          AttendanceStore.movePatient(connection, merged.duplicateId(), merged.survivorId())) {
        events.fire(
            new AttendanceMovedToSurvivor(
                moved.attendanceId(),
                moved.clinicId(),
                merged.duplicateId(),
                merged.survivorId(),
                merged.actor(),
                merged.occurredAt()));
      }
    } catch (SQLException e) {
      throw unavailable(e);
    }
  }

  /** One change of one clinic: locked, checked against If-Match and the caller, stored, fired. */
  private ClinicView change(String clinicId, Long expectedVersion, Caller by, Change change) {
    ClinicId id = ClinicId.parse(clinicId);
    try (Connection connection = dataSource.getConnection()) {
      Clinic clinic =
          ClinicStore.load(connection, id, true).orElseThrow(() -> new RecordNotFound("clinic"));
      requireManager(clinic.details().hostAllianceId(), by);
      if (expectedVersion != null) {
        StaleVersion.requireCurrent(expectedVersion, clinic.version());
      }
      Instant now = clock.instant();
      Lastly lastly = change.apply(connection, clinic, now);
      if (!clinic.events().isEmpty()) {
        ClinicStore.update(connection, clinic, now);
        clinic.events().forEach(events::fire);
      }
      lastly.run();
      return reload(connection, id);
    } catch (SQLException e) {
      throw unavailable(e);
    }
  }

  /**
   * A change applied to the locked clinic; it answers what must run last, after the clinic is
   * stored and its events journaled: the statements on which concurrent requests may wait (the
   * double-booking constraint) come last, when nothing is left that could wait for a connection.
   */
  @FunctionalInterface
  private interface Change {
    Lastly apply(Connection connection, Clinic clinic, Instant now) throws SQLException;
  }

  @FunctionalInterface
  private interface Lastly {
    void run() throws SQLException;
  }

  private static final Lastly NOTHING = () -> {};

  /**
   * The host alliance if the practitioner belongs to it on the clinic's date, else a joining one.
   */
  private String allianceOf(Clinic clinic, String practitionerId) {
    LocalDate date = clinic.details().schedule().date();
    List<String> candidates = new ArrayList<>();
    candidates.add(clinic.details().hostAllianceId());
    candidates.addAll(clinic.details().joiningAllianceIds());
    for (String alliance : candidates) {
      if (alliances.isMember(alliance, practitionerId, date)) {
        return alliance;
      }
    }
    return null;
  }

  private void requireManager(String hostAllianceId, Caller by) {
    if (!alliances.mayManage(hostAllianceId, by)) {
      throw new NotAllowedToManage("the clinics of this alliance");
    }
  }

  private boolean leads(Caller by, Set<String> allianceIds) {
    if (by.practitionerId() == null) {
      return false;
    }
    Set<String> led = alliances.alliancesLedBy(by.practitionerId(), views.today());
    return allianceIds.stream().anyMatch(led::contains);
  }

  /** The plan's details, checked against the directory (place) and the alliances (existence). */
  private ClinicDetails details(ClinicPlan plan) {
    List<FieldError> errors = new ArrayList<>();
    ClinicSchedule schedule = null;
    try {
      schedule = ClinicSchedule.of(plan.date(), plan.startTime(), plan.endTime(), plan.timeZone());
    } catch (InvalidInput invalid) {
      errors.addAll(invalid.errors());
    }
    if (plan.hostAllianceId() != null
        && !plan.hostAllianceId().isBlank()
        && (!isUuid(plan.hostAllianceId())
            || alliances.findAlliance(plan.hostAllianceId()).isEmpty())) {
      errors.add(FieldError.of("hostAllianceId", "not-alliance"));
    }
    for (String joining : plan.joiningAllianceIds()) {
      if (joining == null || !isUuid(joining) || alliances.findAlliance(joining).isEmpty()) {
        errors.add(FieldError.of("joiningAllianceIds", "names-alliance-that-does-not-exist"));
        break;
      }
    }
    if (plan.placeCode() != null && !plan.placeCode().isBlank()) {
      Place place = directory.findPlace(plan.placeCode().strip()).orElse(null);
      if (place == null) {
        errors.add(FieldError.of("placeCode", "not-place-in-directory"));
      } else if (place.level() != PlaceLevel.TOWNSHIP && place.level() != PlaceLevel.VILLAGE) {
        errors.add(FieldError.of("placeCode", "must-township-or-village"));
      }
    }
    if (plan.capacity() == null) {
      errors.add(FieldError.of("capacity", "required"));
    }
    if (plan.services().stream().anyMatch(Objects::isNull)) {
      errors.add(FieldError.of("services", "names-unknown-service"));
    }
    ClinicDetails details = null;
    try {
      Set<ClinicService> services = EnumSet.noneOf(ClinicService.class);
      plan.services().stream().filter(Objects::nonNull).forEach(services::add);
      details =
          new ClinicDetails(
              plan.title(),
              plan.hostAllianceId(),
              new LinkedHashSet<>(plan.joiningAllianceIds()),
              plan.placeCode() == null ? null : plan.placeCode().strip(),
              plan.venue(),
              schedule,
              services,
              plan.capacity() == null ? 0 : plan.capacity());
    } catch (InvalidInput invalid) {
      invalid.errors().stream().filter(e -> !errors.contains(e)).forEach(errors::add);
    }
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
    return details;
  }

  private ClinicView reload(Connection connection, ClinicId id) throws SQLException {
    Clinic clinic =
        ClinicStore.load(connection, id, false).orElseThrow(() -> new RecordNotFound("clinic"));
    return views.of(clinic, ClinicStore.booked(connection, id));
  }

  private static boolean isUuid(String text) {
    try {
      UUID.fromString(text);
      return text.length() == 36;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  private static IllegalStateException unavailable(SQLException e) {
    return new IllegalStateException("the outreach schema is unavailable", e);
  }
}
