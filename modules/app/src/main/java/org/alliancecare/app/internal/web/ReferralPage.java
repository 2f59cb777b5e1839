package org.alliancecare.app.internal.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.function.Supplier;
import org.alliancecare.directory.api.CurrentCaller;
import org.alliancecare.patients.api.PatientView;
import org.alliancecare.patients.api.PatientsFacade;
import org.alliancecare.referrals.api.ReferralCompletion;
import org.alliancecare.referrals.api.ReferralStatus;
import org.alliancecare.referrals.api.ReferralView;
import org.alliancecare.referrals.api.ReferralsFacade;

/**
 * One referral with its history, and the steps of the closed loop for doctors and coordinators:
 * accept, schedule, complete, decline, cancel — each on the version the page was read at, as the
 * API's {@code If-Match}; what the state machine refuses is shown as its rule.
 */
@Named
@ViewScoped
public class ReferralPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient ReferralsFacade referrals;
  @Inject transient PatientsFacade patients;
  @Inject transient CurrentCaller caller;
  @Inject transient AccessTrail accessTrail;
  @Inject transient Feedback feedback;
  @Inject transient Texts texts;
  @Inject transient Preferences preferences;

  private String id;
  private ReferralView referral;
  private PatientView patient;

  private String reason;
  private LocalDate appointmentOn;
  private String appointmentTime = "09:00";
  private String outcome;
  private String findings;

  public void load() {
    referral = feedback.attempt(() -> referrals.referral(id, caller.get())).orElse(null);
    if (referral == null) {
      return;
    }
    accessTrail.read("Referral", referral);
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

  public boolean may(String status) {
    return referral != null && referral.status().mayMoveTo(ReferralStatus.valueOf(status));
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
