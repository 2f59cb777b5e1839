package org.alliancecare.web.internal;

import jakarta.inject.Inject;
import java.io.Serializable;
import org.alliancecare.directory.api.CurrentCaller;
import org.alliancecare.patients.api.PatientView;
import org.alliancecare.patients.api.PatientsFacade;

/**
 * A page about one patient, named by its {@code patientId} view parameter (the screening form, the
 * enrolment form, the case history): the patient is read in the caller's scope when the page loads,
 * the read is access-logged, and a refusal is shown on the page.
 */
abstract class PatientFormPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject PatientsFacade patients;
  @Inject CurrentCaller caller;
  @Inject AccessTrail accessTrail;
  @Inject Feedback feedback;

  private String patientId;

  /** The patient the page is about, once read; {@code null} before, or when it was refused. */
  PatientView patient;

  /** Reads the patient; answers whether there is one to show. */
  boolean readPatient() {
    patient = feedback.attempt(() -> patients.patient(patientId, caller.get())).orElse(null);
    if (patient == null) {
      return false;
    }
    accessTrail.read("Patient", patient);
    return true;
  }

  public String getPatientId() {
    return patientId;
  }

  public void setPatientId(String patientId) {
    this.patientId = patientId;
  }

  public PatientView getPatient() {
    return patient;
  }
}
