package org.alliancecare.interop.internal.fhir;

import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.alliancecare.directory.api.Caller;
import org.alliancecare.directory.api.Role;
import org.alliancecare.kernel.Page;
import org.alliancecare.kernel.PageRequest;
import org.alliancecare.kernel.RecordNotFound;
import org.alliancecare.kernel.persistence.StaleTolerantReads;
import org.alliancecare.patients.api.PatientQuery;
import org.alliancecare.patients.api.PatientView;
import org.alliancecare.patients.api.PatientsFacade;
import org.hl7.fhir.instance.model.api.IIdType;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.Task;

/**
 * What every clinical provider does before it asks a facade: who is calling (401 without a bearer
 * token), whether their roles let them read this type (403), and a record that is missing or out of
 * their scope answered as FHIR's 404. The Bulk Data export reaches the patient compartment through
 * the patients in the caller's scope, a page at a time.
 */
@ApplicationScoped
class ClinicalAccess {

  /**
   * The roles that read clinical records through the API (API.md: screenings, referrals, cases).
   */
  static final Role[] CLINICAL_READERS = {Role.DOCTOR, Role.COORDINATOR, Role.AUDITOR};

  private static final int PATIENT_BATCH = 500;

  @Inject FhirCaller callers;
  @Inject FhirAccessLog accessLog;
  @Inject PatientsFacade patients;
  @Inject StaleTolerantReads reads;

  /** The caller, if one of {@code roles} is theirs (401, 403 otherwise: {@link FhirCaller}). */
  Caller caller(Role... roles) {
    return callers.require(roles);
  }

  /**
   * Writes the access log's rows for the resources handed out, one per resource of a patient, as
   * the API logs the records it answers; before the response, so that an unlogged read fails.
   */
  <T extends DomainResource> List<T> handOut(Caller by, List<T> resources) {
    accessLog.record(
        by,
        resources.stream()
            .filter(r -> patientOf(r) != null)
            .map(
                r ->
                    FhirAccessLog.PersonalRead.of(
                        r.fhirType(), r.getIdElement().getIdPart(), patientOf(r)))
            .toList());
    return resources;
  }

  <T extends DomainResource> T handOut(Caller by, T resource) {
    return handOut(by, List.of(resource)).get(0);
  }

  /** The patient a clinical resource is about, or null (an AuditEvent is about the trail). */
  private static String patientOf(DomainResource resource) {
    Reference patient = null;
    if (resource instanceof Observation o) {
      patient = o.getSubject();
    } else if (resource instanceof ServiceRequest r) {
      patient = r.getSubject();
    } else if (resource instanceof Task t) {
      patient = t.getFor();
    } else if (resource instanceof EpisodeOfCare e) {
      patient = e.getPatient();
    } else if (resource instanceof CarePlan p) {
      patient = p.getSubject();
    } else if (resource instanceof Goal g) {
      patient = g.getSubject();
    }
    return patient == null || !patient.hasReference()
        ? null
        : patient.getReferenceElement().getIdPart();
  }

  /** The facade's answer; a record it does not find (or hides) is FHIR's 404. */
  static <T> T found(IIdType id, Supplier<T> read) {
    try {
      return read.get();
    } catch (RecordNotFound missing) {
      throw new ResourceNotFoundException(id);
    }
  }

  /**
   * Hands every record that {@code readPage} reads for a page of patients ({@link
   * #forEachPageOfPatients}) to {@code sink}. Each page's read is one stale-tolerant read: on the
   * replica once it has replayed everything the primary had acknowledged when the page began, else
   * on the primary (docs/operations/replica-reads.md); {@code sink}, which writes the export's
   * files and access log, runs outside it. The patients' own rows (JPA) are paged on the primary.
   */
  <T> void exportPages(
      Caller by, Set<String> ids, Function<List<String>, List<T>> readPage, Consumer<T> sink) {
    forEachPageOfPatients(by, ids, page -> reads.within(() -> readPage.apply(page)).forEach(sink));
  }

  /**
   * Hands the patients of {@code ids} (a Group's members, sorted), or every patient in the caller's
   * scope when {@code ids} is null, to {@code action} in pages of up to {@value #PATIENT_BATCH}:
   * for facades that read many patients' records with one query per page rather than per patient.
   */
  private void forEachPageOfPatients(Caller by, Set<String> ids, Consumer<List<String>> action) {
    if (ids != null) {
      List<String> sorted = ids.stream().sorted().toList();
      for (int from = 0; from < sorted.size(); from += PATIENT_BATCH) {
        action.accept(sorted.subList(from, Math.min(sorted.size(), from + PATIENT_BATCH)));
      }
      return;
    }
    PageRequest page = PageRequest.first(PATIENT_BATCH);
    while (true) {
      Page<PatientView> found = patients.search(new PatientQuery(null, null, null), page, by);
      if (!found.items().isEmpty()) {
        action.accept(found.items().stream().map(PatientView::id).toList());
      }
      if (found.nextCursor() == null) {
        return;
      }
      page = PageRequest.of(PATIENT_BATCH, found.nextCursor());
    }
  }

  /** Runs {@code read} for one patient; a patient the caller may not see contributes nothing. */
  static void ofVisiblePatient(Runnable read) {
    try {
      read.run();
    } catch (RecordNotFound outOfScope) {
      // A Group's member outside the caller's scope is left out, as the API leaves it out of lists.
    }
  }
}
