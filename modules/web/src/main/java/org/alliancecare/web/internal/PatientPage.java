package org.alliancecare.web.internal;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.alliancecare.directory.api.CurrentCaller;
import org.alliancecare.directory.api.Role;
import org.alliancecare.kernel.BusinessClock;
import org.alliancecare.kernel.PageRequest;
import org.alliancecare.outreach.api.AttendanceKind;
import org.alliancecare.outreach.api.ClinicView;
import org.alliancecare.outreach.api.NewAttendance;
import org.alliancecare.outreach.api.OutreachFacade;
import org.alliancecare.patients.api.ConsentDetails;
import org.alliancecare.patients.api.ConsentScope;
import org.alliancecare.patients.api.ConsentView;
import org.alliancecare.patients.api.PatientView;
import org.alliancecare.patients.api.PatientsFacade;
import org.alliancecare.patients.api.ReminderPreference;
import org.alliancecare.patients.api.ReminderPreferenceChange;
import org.alliancecare.screening.api.ScreeningView;
import org.alliancecare.screening.api.ScreeningsFacade;

/**
 * A child's record: details (identity number masked), guardians, consents with their capture,
 * screenings, how the family wants reminders (doctors and coordinators change it), and the next
 * steps the caller's roles allow (screen, refer, enrol, see the history).
 */
@Named
@ViewScoped
public class PatientPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject PatientsFacade patients;
  @Inject ScreeningsFacade screenings;
  @Inject OutreachFacade outreach;
  @Inject CurrentCaller caller;
  @Inject AccessTrail accessTrail;
  @Inject Feedback feedback;
  @Inject Texts texts;
  @Inject WorkingClinic workingClinic;
  @Inject BusinessClock clock;

  private String id;
  private PatientView patient;
  private List<ConsentView> consents = List.of();
  private List<ScreeningView> screeningList = List.of();
  private ClinicView working;

  private String guardianName;
  private String relationship;

  /** Nothing is ticked: consent is the guardian's act, scope by scope. */
  private ConsentScope[] scopes = new ConsentScope[0];

  private LocalDate givenOn;
  private String documentRef;

  private ReminderPreference reminders;
  private boolean optedOut;
  private String familyLanguage;

  public void load() {
    if (Navigation.notFoundUnless(id)) {
      return;
    }
    patient = feedback.attempt(() -> patients.patient(id, caller.get())).orElse(null);
    if (patient == null) {
      return;
    }
    accessTrail.read("Patient", patient);
    if (caller.get().hasAnyRole(Role.DOCTOR, Role.COORDINATOR)) {
      consents = patients.consents(patient.id(), caller.get());
      accessTrail.read("Consent", consents);
      showReminders(patients.reminderPreference(patient.id(), caller.get()));
      accessTrail.readOf("ReminderPreference", patient.id());
    }
    screeningList =
        screenings.screeningsOf(patient.id(), PageRequest.first(20), caller.get()).items();
    accessTrail.read("Screening", screeningList);
    if (workingClinic.getClinicId() != null) {
      working = outreach.clinic(workingClinic.getClinicId());
    }
    givenOn = clock.today();
  }

  public String giveConsent() {
    boolean given =
        feedback
            .attempt(
                () ->
                    patients.giveConsent(
                        patient.id(),
                        new ConsentDetails(
                            guardianName, relationship, Set.of(scopes), givenOn, documentRef),
                        caller.get()))
            .isPresent();
    if (!given) {
      return null;
    }
    texts.info("consent.done");
    return Navigation.to("/app/records/patient.xhtml", "id", patient.id());
  }

  /** Records the family's choice over the version shown; a change made meanwhile is refused. */
  public String saveReminders() {
    feedback
        .attempt(
            () ->
                patients.changeReminderPreference(
                    patient.id(),
                    reminders.version(),
                    new ReminderPreferenceChange(optedOut, familyLanguage),
                    caller.get()))
        .ifPresent(
            saved -> {
              showReminders(saved);
              texts.info("reminders.done");
            });
    return null;
  }

  private void showReminders(ReminderPreference preference) {
    reminders = preference;
    optedOut = preference.optedOut();
    familyLanguage = preference.language();
  }

  public List<String> getFamilyLanguages() {
    return List.of("zh-CN", "ug-CN");
  }

  public ReminderPreference getReminders() {
    return reminders;
  }

  public boolean isOptedOut() {
    return optedOut;
  }

  public void setOptedOut(boolean optedOut) {
    this.optedOut = optedOut;
  }

  public String getFamilyLanguage() {
    return familyLanguage;
  }

  public void setFamilyLanguage(String familyLanguage) {
    this.familyLanguage = familyLanguage;
  }

  /** The child was seen at the clinic the doctor works at, without a booking. */
  public String recordWalkIn() {
    boolean recorded =
        feedback
            .attempt(
                () ->
                    outreach.recordAttendance(
                        working.id(),
                        new NewAttendance(patient.id(), AttendanceKind.WALK_IN, null),
                        caller.get()))
            .isPresent();
    if (recorded) {
      texts.info("attendance.done", working.clinicNumber());
    }
    return null;
  }

  public ConsentScope[] getAllScopes() {
    return ConsentScope.values();
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public PatientView getPatient() {
    return patient;
  }

  public List<ConsentView> getConsents() {
    return consents;
  }

  public List<ScreeningView> getScreenings() {
    return screeningList;
  }

  public ClinicView getWorking() {
    return working;
  }

  public String getGuardianName() {
    return guardianName;
  }

  public void setGuardianName(String guardianName) {
    this.guardianName = guardianName;
  }

  public String getRelationship() {
    return relationship;
  }

  public void setRelationship(String relationship) {
    this.relationship = relationship;
  }

  public ConsentScope[] getScopes() {
    return scopes;
  }

  public void setScopes(ConsentScope[] scopes) {
    this.scopes = scopes;
  }

  public LocalDate getGivenOn() {
    return givenOn;
  }

  public void setGivenOn(LocalDate givenOn) {
    this.givenOn = givenOn;
  }

  public String getDocumentRef() {
    return documentRef;
  }

  public void setDocumentRef(String documentRef) {
    this.documentRef = documentRef;
  }
}
