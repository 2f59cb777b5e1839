package org.alliancecare.web.internal;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import java.util.function.Supplier;
import org.alliancecare.directory.api.CurrentCaller;
import org.alliancecare.patients.api.PatientView;
import org.alliancecare.patients.api.PatientsFacade;
import org.alliancecare.referrals.api.ReferralCompletion;
import org.alliancecare.referrals.api.ReferralStatus;
import org.alliancecare.referrals.api.ReferralView;
import org.alliancecare.referrals.api.ReferralsFacade;

/**
 * One referral with its history, and the steps of the closed loop that are the caller's: accept,
 * schedule, complete and decline for practitioners of the receiving organisation, cancel for the
 * requester, all of them for a coordinator — each on the version the page was read at, as the API's
 * {@code If-Match}; what the state machine refuses is shown as its rule.
 */
@Named
@ViewScoped
public class ReferralPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ReferralsFacade referrals;
  @Inject PatientsFacade patients;
  @Inject CurrentCaller caller;
  @Inject AccessTrail accessTrail;
  @Inject Feedback feedback;
  @Inject Texts texts;
  @Inject Preferences preferences;

  private String id;
  private ReferralView referral;
  private PatientView patient;
  private Set<ReferralStatus> steps = Set.of();

  private String reason;
  private LocalDate appointmentOn;
  private String appointmentTime = "09:00";
  private String outcome;
  private String findings;

  public void load() {
    if (Navigation.notFoundUnless(id)) {
      return;
    }
    referral = feedback.attempt(() -> referrals.referral(id, caller.get())).orElse(null);
    if (referral == null) {
      return;
    }
    accessTrail.read("Referral", referral);
    steps = Set.copyOf(referrals.steps(id, caller.get()));
    patient = patients.patient(referral.patientId(), caller.get());
    accessTrail.read("Patient", patient);
  }

  public String accept() {
    return step(() -> referrals.accept(id, referral.version(), caller.get()));
  }

  public String schedule() {
    LocalTime time = LocalTime.parse(appointmentTime);
    var at = appointmentOn.atTime(time).atZone(preferences.zoneId()).toInstant();
    return step(() -> referrals.schedule(id, referral.version(), at, caller.get()));
  }

  public String complete() {
    return step(
        () ->
            referrals.complete(
                id, referral.version(), new ReferralCompletion(outcome, findings), caller.get()));
  }

  public String decline() {
    return step(() -> referrals.decline(id, referral.version(), reason, caller.get()));
  }

  public String cancel() {
    return step(() -> referrals.cancel(id, referral.version(), reason, caller.get()));
  }

  private String step(Supplier<ReferralView> transition) {
    ReferralView moved = feedback.attempt(transition).orElse(null);
    if (moved == null) {
      return null;
    }
    texts.info("referral.moved", moved.referralNumber());
    return Navigation.to("/app/records/referral.xhtml", "id", id);
  }

  /**
   * Whether the caller may move the referral to this status now: the state machine allows it and
   * the step is theirs (the receiving organisation answers, the requester cancels, a coordinator
   * may do both) — the page offers only those steps.
   */
  public boolean may(String status) {
    return referral != null && steps.contains(ReferralStatus.valueOf(status));
  }

  /** Whether any step is the caller's, so that the page shows the steps at all. */
  public boolean isMayAct() {
    return !steps.isEmpty();
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public ReferralView getReferral() {
    return referral;
  }

  public PatientView getPatient() {
    return patient;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public LocalDate getAppointmentOn() {
    return appointmentOn;
  }

  public void setAppointmentOn(LocalDate appointmentOn) {
    this.appointmentOn = appointmentOn;
  }

  public String getAppointmentTime() {
    return appointmentTime;
  }

  public void setAppointmentTime(String appointmentTime) {
    this.appointmentTime = appointmentTime;
  }

  public String getOutcome() {
    return outcome;
  }

  public void setOutcome(String outcome) {
    this.outcome = outcome;
  }

  public String getFindings() {
    return findings;
  }

  public void setFindings(String findings) {
    this.findings = findings;
  }
}
