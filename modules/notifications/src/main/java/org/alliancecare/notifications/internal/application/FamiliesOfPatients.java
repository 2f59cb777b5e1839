package org.alliancecare.notifications.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.alliancecare.notifications.internal.domain.Families;
import org.alliancecare.patients.api.PatientsFacade;

/** {@link Families} as the patients module keeps them (the family's reminder preference). */
@ApplicationScoped
public class FamiliesOfPatients implements Families {

  @Inject PatientsFacade patients;

  @Override
  public Optional<Family> of(String patientId) {
    return patients
        .familyContact(patientId)
        .map(
            contact ->
                new Family(
                    contact.childName(), contact.phone(), contact.language(), contact.optedOut()));
  }
}
