package org.alliancecare.web.internal;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.alliancecare.alliances.api.AlliancesFacade;
import org.alliancecare.alliances.api.MembershipView;
import org.alliancecare.directory.api.Caller;
import org.alliancecare.directory.api.CurrentCaller;
import org.alliancecare.directory.api.DataScope;
import org.alliancecare.directory.api.Role;
import org.alliancecare.kernel.PageRequest;
import org.alliancecare.outreach.api.AttendanceView;
import org.alliancecare.outreach.api.ClinicStatus;
import org.alliancecare.outreach.api.ClinicView;
import org.alliancecare.outreach.api.OutreachFacade;
import org.alliancecare.outreach.api.StaffAssignment;
import org.alliancecare.patients.api.PatientFacts;
import org.alliancecare.patients.api.PatientView;
import org.alliancecare.patients.api.PatientsFacade;

/**
 * One clinic: when and where (in its own time zone), its alliances, services and staff; for its
 * lead and coordinators staffing (the outreach module's staffing rules, such as no double booking,
 * shown as messages) and the lifecycle — publish, start, complete, cancel; the attendance list for
 * its staff, leads and auditors; its iCalendar feed.
 */
@Named
@ViewScoped
public class ClinicPage implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Roles a practitioner takes at a clinic. */
  static final List<String> STAFF_ROLES =
      List.of("DOCTOR", "NURSE", "AUDIOLOGIST", "OPTOMETRIST", "THERAPIST");

  @Inject OutreachFacade outreach;
  @Inject AlliancesFacade alliances;
  @Inject PatientsFacade patients;
  @Inject CurrentCaller caller;
  @Inject AccessTrail accessTrail;
  @Inject Feedback feedback;
  @Inject Texts texts;
  @Inject Names names;

  private String id;
  private ClinicView clinic;
  private boolean manageable;
  private List<Choice> members = List.of();
  private List<AttendanceRow> attendances = List.of();
  private boolean attendanceVisible;

  private String practitionerId;
  private String staffRole = "DOCTOR";
  private String summary;
  private String reason;

  /** A patient seen at the clinic; the name only when the patient is in the caller's scope. */
  public record AttendanceRow(AttendanceView attendance, PatientView patient)
      implements Serializable {}

  public void load() {
    clinic = feedback.attempt(() -> outreach.clinic(id)).orElse(null);
    if (clinic == null) {
      return;
    }
    Caller me = caller.get();
    manageable =
        me.hasRole(Role.COORDINATOR)
            || (me.hasRole(Role.ALLIANCE_LEAD) && alliances.mayManage(clinic.hostAllianceId(), me));
    if (manageable) {
      members = membersOnTheDay();
    }
    // who attended is for the clinic's staff, its leads and auditors (API.md), not for every
    // coordinator who manages it: asking for it as one was the 403 of issue 13, item 2
    attendanceVisible =
        me.hasRole(Role.AUDITOR)
            || (manageable && me.hasRole(Role.ALLIANCE_LEAD))
            || clinic.staff().stream()
                .anyMatch(s -> s.practitionerId().equals(me.practitionerId()));
    if (attendanceVisible) {
      attendances = attendanceRows(me);
    }
  }

  /** The members of the clinic's alliances on its day: who may staff it. */
  private List<Choice> membersOnTheDay() {
    Map<String, Choice> choices = new LinkedHashMap<>();
    List<String> allianceIds = new ArrayList<>();
    allianceIds.add(clinic.hostAllianceId());
    allianceIds.addAll(clinic.joiningAllianceIds());
    for (String allianceId : allianceIds) {
      for (MembershipView member : alliances.members(allianceId, clinic.date())) {
        choices.putIfAbsent(
            member.practitionerId(),
            new Choice(
                member.practitionerId(),
                member.practitionerName() + " · " + names.alliance(allianceId)));
      }
    }
    return List.copyOf(choices.values());
  }

  private List<AttendanceRow> attendanceRows(Caller me) {
    List<AttendanceView> seen =
        outreach.attendances(id, PageRequest.first(PageRequest.MAX_LIMIT), me).items();
    accessTrail.read("ClinicAttendance", seen);
    DataScope scope = caller.scope();
    List<AttendanceRow> rows = new ArrayList<>();
    List<PatientView> shown = new ArrayList<>();
    for (AttendanceView attendance : seen) {
      boolean inScope =
          me.hasAnyRole(Role.DOCTOR, Role.COORDINATOR, Role.AUDITOR)
              && patients
                  .facts(attendance.patientId())
                  .map(PatientFacts::placeCode)
                  .filter(scope::covers)
                  .isPresent();
      PatientView patient = inScope ? patients.patient(attendance.patientId(), me) : null;
      if (patient != null) {
        shown.add(patient);
      }
      rows.add(new AttendanceRow(attendance, patient));
    }
    accessTrail.read("Patient", shown);
    return rows;
  }

  public String assignStaff() {
    return change(
        () ->
            outreach.assignStaff(
                id, new StaffAssignment(practitionerId, staffRole), clinic.version(), caller.get()),
        "clinic.staffed");
  }

  public String releaseStaff(String practitioner) {
    return change(
        () -> outreach.releaseStaff(id, practitioner, clinic.version(), caller.get()),
        "clinic.released");
  }

  public String publish() {
    return change(() -> outreach.publish(id, clinic.version(), caller.get()), "clinic.published");
  }

  public String start() {
    return change(() -> outreach.start(id, clinic.version(), caller.get()), "clinic.started");
  }

  public String complete() {
    return change(
        () -> outreach.complete(id, clinic.version(), summary, caller.get()), "clinic.completed");
  }

  public String cancel() {
    return change(
        () -> outreach.cancel(id, clinic.version(), reason, caller.get()), "clinic.cancelled");
  }

  private String change(Supplier<ClinicView> step, String done) {
    ClinicView changed = feedback.attempt(step).orElse(null);
    if (changed == null) {
      return null;
    }
    texts.info(done, changed.clinicNumber());
    return Navigation.to("/app/clinic.xhtml", "id", id);
  }

  public boolean isEditable() {
    return clinic != null
        && (clinic.status() == ClinicStatus.PLANNED || clinic.status() == ClinicStatus.PUBLISHED);
  }

  public boolean in(String status) {
    return clinic != null && clinic.status().name().equals(status);
  }

  public String getFeedForClients() {
    return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
        + "/api/clinics/calendar.ics?allianceId="
        + clinic.hostAllianceId();
  }

  public String getFeedDownload() {
    return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
        + "/app/calendar.ics?allianceId="
        + clinic.hostAllianceId();
  }

  public List<String> getStaffRoles() {
    return STAFF_ROLES;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public ClinicView getClinic() {
    return clinic;
  }

  public boolean isManageable() {
    return manageable;
  }

  public List<Choice> getMembers() {
    return members;
  }

  public List<AttendanceRow> getAttendances() {
    return attendances;
  }

  public boolean isAttendanceVisible() {
    return attendanceVisible;
  }

  public String getPractitionerId() {
    return practitionerId;
  }

  public void setPractitionerId(String practitionerId) {
    this.practitionerId = practitionerId;
  }

  public String getStaffRole() {
    return staffRole;
  }

  public void setStaffRole(String staffRole) {
    this.staffRole = staffRole;
  }

  public String getSummary() {
    return summary;
  }

  public void setSummary(String summary) {
    this.summary = summary;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
