package org.alliancecare.outreach.api;

import java.util.List;
import org.alliancecare.directory.api.Caller;
import org.alliancecare.kernel.Page;
import org.alliancecare.kernel.PageRequest;

/**
 * Outreach clinics: planning, staffing, the lifecycle PLANNED → PUBLISHED → IN_PROGRESS → COMPLETED
 * (or CANCELLED), attendance and the calendar feed. Clinics are visible to every signed-in caller;
 * changes are for a coordinator or the current lead of the clinic's host alliance ({@link
 * org.alliancecare.alliances.api.NotAllowedToManage}, 403, for anyone else). Broken rules are
 * {@link org.alliancecare.kernel.BusinessRuleViolation}s named as in API.md. {@code
 * expectedVersion} may be {@code null} where If-Match is optional; a stale one is refused (412).
 */
public interface OutreachFacade {

  ClinicView plan(ClinicPlan plan, Caller by);

  ClinicView clinic(String clinicId);

  Page<ClinicView> clinics(ClinicQuery query, PageRequest page);

  /** Replaces the clinic's details while it is PLANNED or PUBLISHED. */
  ClinicView revise(String clinicId, long expectedVersion, ClinicPlan plan, Caller by);

  ClinicView assignStaff(
      String clinicId, StaffAssignment assignment, Long expectedVersion, Caller by);

  ClinicView releaseStaff(String clinicId, String practitionerId, Long expectedVersion, Caller by);

  ClinicView publish(String clinicId, Long expectedVersion, Caller by);

  ClinicView start(String clinicId, Long expectedVersion, Caller by);

  ClinicView complete(String clinicId, Long expectedVersion, String summary, Caller by);

  ClinicView cancel(String clinicId, Long expectedVersion, String reason, Caller by);

  /**
   * Records a patient seen at the clinic, by a DOCTOR staffing it or the host alliance's lead. A
   * BOOKED attendance beyond the capacity → {@code clinic-full}.
   */
  AttendanceView recordAttendance(String clinicId, NewAttendance attendance, Caller by);

  /** The clinic's attendances, for its staff, the leads of its alliances and auditors. */
  Page<AttendanceView> attendances(String clinicId, PageRequest page, Caller by);

  /**
   * Every attendance of the clinic in the order recorded (bounded by its capacity and the walk-ins
   * of one day), for other modules' rules: no caller check, so a module that answers them to a
   * caller applies its own (the field app's pack keeps only the patients in the caller's scope).
   * Unknown clinic → {@link org.alliancecare.kernel.RecordNotFound}.
   */
  List<AttendanceView> attendancesAt(String clinicId);

  /** The clinics as an iCalendar (RFC 5545) document. */
  String calendar(CalendarQuery query);
}
