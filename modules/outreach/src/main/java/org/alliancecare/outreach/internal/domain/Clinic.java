package org.alliancecare.outreach.internal.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.alliancecare.directory.api.Origin;
import org.alliancecare.directory.api.Practitioner;
import org.alliancecare.kernel.InvalidInput;
import org.alliancecare.kernel.RecordNotFound;
import org.alliancecare.kernel.events.DomainEvent;
import org.alliancecare.outreach.api.AttendanceKind;
import org.alliancecare.outreach.api.ClinicService;
import org.alliancecare.outreach.api.ClinicStatus;
import org.alliancecare.outreach.api.events.ClinicCancelled;
import org.alliancecare.outreach.api.events.ClinicCompleted;
import org.alliancecare.outreach.api.events.ClinicPlanned;
import org.alliancecare.outreach.api.events.ClinicPublished;
import org.alliancecare.outreach.api.events.ClinicRescheduled;
import org.alliancecare.outreach.api.events.ClinicRevised;
import org.alliancecare.outreach.api.events.ClinicStarted;
import org.alliancecare.outreach.api.events.StaffAssigned;
import org.alliancecare.outreach.api.events.StaffReleased;

/**
 * An outreach clinic: planned by its host alliance's lead, staffed with members of its alliances,
 * published, run and completed, or cancelled with a reason. Every change raises the clinic's
 * iCalendar {@link #sequence()} and collects its event; the rules that need other modules' facts
 * (membership, double booking) get those facts from the application.
 */
public final class Clinic {

  private final ClinicId id;
  private final ClinicNumber number;
  private ClinicDetails details;
  private ClinicStatus status;
  private final Map<String, StaffMember> staff;
  private String cancellationReason;
  private String summary;
  private int sequence;
  private final long version;
  private final List<DomainEvent> events = new ArrayList<>();

  /** A clinic as stored. */
  public Clinic(
      ClinicId id,
      ClinicNumber number,
      ClinicDetails details,
      ClinicStatus status,
      List<StaffMember> staff,
      String cancellationReason,
      String summary,
      int sequence,
      long version) {
    this.id = Objects.requireNonNull(id, "id");
    this.number = Objects.requireNonNull(number, "number");
    this.details = Objects.requireNonNull(details, "details");
    this.status = Objects.requireNonNull(status, "status");
    this.staff = new LinkedHashMap<>();
    staff.forEach(member -> this.staff.put(member.practitionerId(), member));
    this.cancellationReason = cancellationReason;
    this.summary = summary;
    this.sequence = sequence;
    this.version = version;
  }

  /**
   * A new clinic, PLANNED, on today (the business day in China, {@code today}) or a later day; an
   * earlier day is refused ({@link ClinicDateInPast}).
   */
  public static Clinic plan(
      ClinicId id,
      ClinicNumber number,
      ClinicDetails details,
      LocalDate today,
      String actor,
      Instant now) {
    ClinicDateInPast.requireNotBefore(today, details.schedule().date());
    return plan(id, number, details, actor, now);
  }

  /** A new clinic, PLANNED, whatever its day (clinics loaded or built by tests). */
  public static Clinic plan(
      ClinicId id, ClinicNumber number, ClinicDetails details, String actor, Instant now) {
    Clinic clinic =
        new Clinic(id, number, details, ClinicStatus.PLANNED, List.of(), null, null, 0, 0);
    ClinicSchedule schedule = details.schedule();
    clinic.events.add(
        new ClinicPlanned(
            id.toString(),
            number.value(),
            details.title(),
            details.hostAllianceId(),
            List.copyOf(details.joiningAllianceIds()),
            details.placeCode(),
            details.venue(),
            schedule.date(),
            schedule.start(),
            schedule.end(),
            schedule.zone().getId(),
            schedule.startsAt(),
            schedule.endsAt(),
            services(details),
            details.capacity(),
            actor,
            now));
    return clinic;
  }

  /**
   * {@link #revise(ClinicDetails, int, String, Instant)}, and a new day is today (the business day
   * in China) or later ({@link ClinicDateInPast}); keeping the day of a clinic whose day has passed
   * is allowed, so that its other details can still be corrected until it is completed or
   * cancelled.
   */
  public boolean revise(
      ClinicDetails next, int booked, LocalDate today, String actor, Instant now) {
    requireEditable();
    ClinicDateInPast.requireNotMovedBefore(
        today, details.schedule().date(), next.schedule().date());
    return revise(next, booked, actor, now);
  }

  /**
   * Replaces the details while the clinic is PLANNED or PUBLISHED. The host alliance stays; the
   * capacity may not fall below the places booked. Answers whether the schedule changed (the
   * staff's time then moves with it).
   */
  public boolean revise(ClinicDetails next, int booked, String actor, Instant now) {
    requireEditable();
    if (!next.hostAllianceId().equals(details.hostAllianceId())) {
      throw InvalidInput.of("hostAllianceId", "cannot-change-cancel-this-clinic-and-plan");
    }
    if (next.capacity() < booked) {
      throw new CapacityBelowBookings(booked);
    }
    boolean rescheduled = !next.schedule().equals(details.schedule());
    boolean revised = next.differsBesidesSchedule(details);
    if (!rescheduled && !revised) {
      return false;
    }
    details = next;
    sequence++;
    if (rescheduled) {
      ClinicSchedule schedule = next.schedule();
      events.add(
          new ClinicRescheduled(
              id.toString(),
              schedule.date(),
              schedule.start(),
              schedule.end(),
              schedule.zone().getId(),
              schedule.startsAt(),
              schedule.endsAt(),
              sequence,
              actor,
              now));
    }
    if (revised) {
      events.add(
          new ClinicRevised(
              id.toString(),
              next.title(),
              List.copyOf(next.joiningAllianceIds()),
              next.placeCode(),
              next.venue(),
              services(next),
              next.capacity(),
              sequence,
              actor,
              now));
    }
    return rescheduled;
  }

  /**
   * Puts a practitioner on the staff. An aid doctor only within the tour; only a member of the host
   * or a joining alliance on the clinic's date ({@code viaAllianceId} names the alliance, {@code
   * null} when they belong to none). That their time is free is the database's to check.
   */
  public StaffMember assign(
      Practitioner practitioner, String role, String viaAllianceId, String actor, Instant now) {
    requireEditable();
    if (role == null || role.isBlank()) {
      throw InvalidInput.of("role", "required-e-g-doctor-or-nurse");
    }
    if (staff.containsKey(practitioner.id())) {
      throw new AlreadyStaffed();
    }
    LocalDate date = details.schedule().date();
    if (practitioner.origin() == Origin.AID && !practitioner.servesOn(date)) {
      throw new OutsideAidTour(date, practitioner.tourStart(), practitioner.tourEnd());
    }
    if (viaAllianceId == null) {
      throw new NotAnAllianceMember(date);
    }
    StaffMember member = new StaffMember(practitioner.id(), role.strip(), viaAllianceId);
    staff.put(member.practitionerId(), member);
    sequence++;
    events.add(
        new StaffAssigned(
            id.toString(),
            member.practitionerId(),
            member.role(),
            viaAllianceId,
            sequence,
            actor,
            now));
    return member;
  }

  /** Takes a practitioner off the staff; one who is not on it answers like a missing record. */
  public void release(String practitionerId, String actor, Instant now) {
    requireEditable();
    if (staff.remove(practitionerId) == null) {
      throw new RecordNotFound("staff member");
    }
    sequence++;
    events.add(new StaffReleased(id.toString(), practitionerId, sequence, actor, now));
  }

  /** PLANNED → PUBLISHED, when at least one staff member belongs to the host alliance. */
  public void publish(boolean hostAllianceStaffed, String actor, Instant now) {
    ClinicStatus next = Lifecycle.step(status, ClinicStatus.PUBLISHED);
    if (!hostAllianceStaffed) {
      throw new NoHostAllianceStaff();
    }
    status = next;
    sequence++;
    events.add(new ClinicPublished(id.toString(), sequence, actor, now));
  }

  /** PUBLISHED → IN_PROGRESS. */
  public void start(String actor, Instant now) {
    status = Lifecycle.step(status, ClinicStatus.IN_PROGRESS);
    sequence++;
    events.add(new ClinicStarted(id.toString(), sequence, actor, now));
  }

  /** IN_PROGRESS → COMPLETED, with an optional summary. */
  public void complete(String summary, String actor, Instant now) {
    status = Lifecycle.step(status, ClinicStatus.COMPLETED);
    this.summary = summary == null || summary.isBlank() ? null : summary.strip();
    sequence++;
    events.add(new ClinicCompleted(id.toString(), this.summary, sequence, actor, now));
  }

  /** PLANNED or PUBLISHED → CANCELLED, with a reason; the staff's time is released. */
  public void cancel(String reason, String actor, Instant now) {
    if (reason == null || reason.isBlank()) {
      throw InvalidInput.of("reason", "required-to-cancel-clinic");
    }
    ClinicStatus before = status;
    status = Lifecycle.step(status, ClinicStatus.CANCELLED);
    cancellationReason = reason.strip();
    sequence++;
    events.add(
        new ClinicCancelled(
            id.toString(), before.name(), cancellationReason, sequence, actor, now));
  }

  /**
   * Checks that a patient may be recorded now: the clinic receives patients, the patient is not
   * recorded yet, and a BOOKED one still finds a place among {@code booked} taken.
   */
  public void admit(AttendanceKind kind, int booked, boolean alreadyAttending) {
    if (!Lifecycle.receivesPatients(status)) {
      throw new ClinicNotOpenForAttendance(status);
    }
    if (alreadyAttending) {
      throw new AlreadyAttending();
    }
    if (kind == AttendanceKind.BOOKED && booked >= details.capacity()) {
      throw new ClinicFull(details.capacity());
    }
  }

  private void requireEditable() {
    if (!Lifecycle.editable(status)) {
      throw new ClinicNotEditable(status);
    }
  }

  private static List<String> services(ClinicDetails details) {
    return details.services().stream().map(ClinicService::name).toList();
  }

  public boolean staffedBy(String practitionerId) {
    return practitionerId != null && staff.containsKey(practitionerId);
  }

  public Optional<StaffMember> staffMember(String practitionerId) {
    return Optional.ofNullable(staff.get(practitionerId));
  }

  public ClinicId id() {
    return id;
  }

  public ClinicNumber number() {
    return number;
  }

  public ClinicDetails details() {
    return details;
  }

  public ClinicStatus status() {
    return status;
  }

  public List<StaffMember> staff() {
    return List.copyOf(staff.values());
  }

  public String cancellationReason() {
    return cancellationReason;
  }

  public String summary() {
    return summary;
  }

  public int sequence() {
    return sequence;
  }

  /** The version it was loaded at. */
  public long version() {
    return version;
  }

  /** The events of the changes so far, in order. */
  public List<DomainEvent> events() {
    return List.copyOf(events);
  }
}
