package org.alliancecare.web.internal;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.alliancecare.directory.api.CurrentCaller;
import org.alliancecare.directory.api.DirectoryFacade;
import org.alliancecare.kernel.PageRequest;
import org.alliancecare.patients.api.PatientView;
import org.alliancecare.patients.api.PatientsFacade;
import org.alliancecare.referrals.api.NewReferral;
import org.alliancecare.referrals.api.ReferralSource;
import org.alliancecare.referrals.api.ReferralView;
import org.alliancecare.referrals.api.ReferralsFacade;
import org.alliancecare.referrals.api.SourceKind;
import org.alliancecare.referrals.api.Urgency;
import org.alliancecare.screening.api.ScreeningView;
import org.alliancecare.screening.api.ScreeningsFacade;
import org.alliancecare.screening.api.SuggestedReferral;

/**
 * Starting a referral ({@code POST /api/referrals}) from a REFER screening, whose suggested
 * specialty, urgency and reason fill the form. The referrals module sets the due date when none is
 * given (the infant hearing rule included).
 */
@Named
@ViewScoped
public class ReferralRequestPage implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Specialties a screening programme refers to; the suggested one is always offered. */
  static final List<String> SPECIALTIES =
      List.of(
          "AUDIOLOGY",
          "OPHTHALMOLOGY",
          "OTOLARYNGOLOGY",
          "SPEECH_THERAPY",
          "PEDIATRICS",
          "REHABILITATION_MEDICINE");

  @Inject ReferralsFacade referrals;
  @Inject ScreeningsFacade screenings;
  @Inject PatientsFacade patients;
  @Inject DirectoryFacade directory;
  @Inject CurrentCaller caller;
  @Inject AccessTrail accessTrail;
  @Inject Feedback feedback;
  @Inject Texts texts;
  @Inject Names names;

  private String screeningId;
  private ScreeningView screening;
  private PatientView patient;
  private List<Choice> organisations = List.of();

  private String toOrganisationId;
  private String specialty;
  private Urgency urgency = Urgency.ROUTINE;
  private String reason;
  private LocalDate dueOn;
  private ReferralView requested;

  public void load() {
    if (Navigation.notFoundUnless(screeningId)) {
      return;
    }
    screening =
        feedback.attempt(() -> screenings.screening(screeningId, caller.get())).orElse(null);
    if (screening == null) {
      return;
    }
    accessTrail.read("Screening", screening);
    SuggestedReferral suggested =
        screening.suggestedReferral() != null
            ? screening.suggestedReferral()
            : SuggestedReferral.forKind(screening.kind());
    specialty = suggested.specialty();
    urgency = Urgency.valueOf(suggested.urgency());
    // the screening module suggests its reason in English; the form shows it in the page's language
    reason =
        suggested.reason().equals(SuggestedReferral.forKind(screening.kind()).reason())
            ? texts.find("referral.suggestedReason." + screening.kind()).orElse(suggested.reason())
            : suggested.reason();
    patient =
        feedback.attempt(() -> patients.patient(screening.patientId(), caller.get())).orElse(null);
    if (patient == null) {
      return;
    }
    accessTrail.read("Patient", patient);
    organisations =
        directory
            .organisations(null, null, PageRequest.first(PageRequest.MAX_LIMIT))
            .items()
            .stream()
            .map(o -> new Choice(o.id(), names.of(o)))
            .sorted(Comparator.comparing(Choice::label))
            .toList();
  }

  public String request() {
    if (requested != null) {
      // sent twice: the referral exists already
      return Navigation.to("/app/records/referral.xhtml", "id", requested.id());
    }
    ReferralSource source = new ReferralSource(SourceKind.SCREENING, screening.id());
    NewReferral referral =
        new NewReferral(patient.id(), source, toOrganisationId, specialty, urgency, reason, dueOn);
    requested = feedback.attempt(() -> referrals.request(referral, caller.get())).orElse(null);
    if (requested == null) {
      return null;
    }
    accessTrail.read("Referral", requested);
    texts.info("referral.created", requested.referralNumber());
    return Navigation.to("/app/records/referral.xhtml", "id", requested.id());
  }

  public List<String> getSpecialties() {
    if (specialty != null && !SPECIALTIES.contains(specialty)) {
      return Stream.concat(Stream.of(specialty), SPECIALTIES.stream()).toList();
    }
    return SPECIALTIES;
  }

  public Urgency[] getUrgencies() {
    return Urgency.values();
  }

  public List<Choice> getOrganisations() {
    return organisations;
  }

  public String getScreeningId() {
    return screeningId;
  }

  public void setScreeningId(String screeningId) {
    this.screeningId = screeningId;
  }

  public ScreeningView getScreening() {
    return screening;
  }

  public PatientView getPatient() {
    return patient;
  }

  public String getToOrganisationId() {
    return toOrganisationId;
  }

  public void setToOrganisationId(String toOrganisationId) {
    this.toOrganisationId = toOrganisationId;
  }

  public String getSpecialty() {
    return specialty;
  }

  public void setSpecialty(String specialty) {
    this.specialty = specialty;
  }

  public Urgency getUrgency() {
    return urgency;
  }

  public void setUrgency(Urgency urgency) {
    this.urgency = urgency;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public LocalDate getDueOn() {
    return dueOn;
  }

  public void setDueOn(LocalDate dueOn) {
    this.dueOn = dueOn;
  }
}
