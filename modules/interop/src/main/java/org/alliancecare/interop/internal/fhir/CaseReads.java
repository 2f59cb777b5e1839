package org.alliancecare.interop.internal.fhir;

import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.alliancecare.directory.api.Caller;
import org.alliancecare.rehabilitation.api.CaseView;
import org.alliancecare.rehabilitation.api.RehabilitationFacade;
import org.hl7.fhir.r4.model.IdType;

/**
 * The rehabilitation cases behind EpisodeOfCare, CarePlan and Goal: one by id, a patient's, and
 * every case of the patients in scope for the export.
 */
@ApplicationScoped
class CaseReads {

  @Inject ClinicalAccess access;
  @Inject RehabilitationFacade rehabilitation;

  CaseView one(IdType id, String caseId, Caller by) {
    return ClinicalAccess.found(id, () -> rehabilitation.caseFile(caseId, by));
  }

  /** The patient's cases the caller may see; a search must name the patient. */
  List<CaseView> ofPatient(String patientId, Caller by) {
    if (patientId == null) {
      throw new InvalidRequestException("Search rehabilitation cases by patient (or subject)");
    }
    List<CaseView> found = new ArrayList<>();
    ClinicalAccess.ofVisiblePatient(() -> found.addAll(rehabilitation.casesOf(patientId, by)));
    return found;
  }

  /** Every case of the patients (or of every patient in scope) changed after {@code since}. */
  void export(Caller by, Instant since, Set<String> patients, Consumer<CaseView> sink) {
    access.exportPages(
        by,
        patients,
        page -> rehabilitation.casesOfPatients(page, by),
        c -> {
          if (since == null || CaseResources.lastUpdated(c).isAfter(since)) {
            sink.accept(c);
          }
        });
  }
}
