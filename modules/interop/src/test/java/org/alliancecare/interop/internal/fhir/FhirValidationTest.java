package org.alliancecare.interop.internal.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import org.alliancecare.testing.FhirValidation;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.Test;

/** The validator the FHIR tests rely on finds errors, and passes a resource that has none. */
class FhirValidationTest {

  @Test
  void a_well_formed_patient_has_no_errors_and_an_observation_without_status_or_code_has() {
    Patient patient = new Patient();
    patient.addName().setFamily("买买提").addGiven("古丽米热");
    patient.setGender(AdministrativeGender.FEMALE);
    assertThat(FhirValidation.errors(patient)).isEmpty();

    assertThat(FhirValidation.errors(new Observation()))
        .anyMatch(error -> error.contains("Observation.status"))
        .anyMatch(error -> error.contains("Observation.code"));
  }
}
