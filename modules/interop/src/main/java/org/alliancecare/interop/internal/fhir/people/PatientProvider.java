package org.alliancecare.interop.internal.fhir.people;

import ca.uhn.fhir.rest.annotation.Count;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.StringParam;
import ca.uhn.fhir.rest.param.TokenAndListParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.alliancecare.directory.api.Caller;
import org.alliancecare.directory.api.DirectoryFacade;
import org.alliancecare.directory.api.Place;
import org.alliancecare.interop.internal.export.ExportedType;
import org.alliancecare.interop.internal.fhir.FhirAccessLog;
import org.alliancecare.interop.internal.fhir.FhirAccessLog.PersonalRead;
import org.alliancecare.interop.internal.fhir.FhirCaller;
import org.alliancecare.interop.internal.fhir.SearchBundles;
import org.alliancecare.kernel.Page;
import org.alliancecare.kernel.PageRequest;
import org.alliancecare.kernel.RecordNotFound;
import org.alliancecare.patients.api.ChangeQuery;
import org.alliancecare.patients.api.ChangedPatient;
import org.alliancecare.patients.api.PatientsFacade;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Patient;

/**
 * {@code Patient}: read by id (a merged duplicate too, linked to its survivor) and search by {@code
 * _id}, {@code identifier} (our id, or the identity number in full), {@code _lastUpdated}, {@code
 * _count}. The identity number is given in full to the roles that may unmask it (and each such read
 * is logged as an unmasking), masked to the others.
 */
@ApplicationScoped
public class PatientProvider implements IResourceProvider, ExportedType {

  @Inject PatientsFacade patients;
  @Inject DirectoryFacade directory;
  @Inject FhirCaller callers;
  @Inject FhirAccessLog accessLog;

  @Override
  public Class<Patient> getResourceType() {
    return Patient.class;
  }

  @Read
  public Patient read(@IdParam IdType id) {
    Caller by = callers.require(FhirCaller.PATIENT_READERS);
    ChangedPatient found =
        patients
            .changedPatients(
                new ChangeQuery(null, null, Set.of(id.getIdPart()), null, null),
                PageRequest.first(1),
                by)
            .items()
            .stream()
            .findFirst()
            .orElseThrow(() -> new RecordNotFound("patient"));
    return respond(List.of(found), by).get(0);
  }

  @Search
  public Bundle search(
      @OptionalParam(name = "_id") TokenAndListParam ids,
      @OptionalParam(name = Patient.SP_IDENTIFIER) TokenAndListParam identifier,
      @OptionalParam(name = "_lastUpdated") DateRangeParam lastUpdated,
      @OptionalParam(name = SearchBundles.CURSOR) StringParam cursor,
      @Count Integer count,
      RequestDetails request) {
    Caller by = callers.require(FhirCaller.PATIENT_READERS);
    PageRequest page = SearchBundles.page(count, cursor == null ? null : cursor.getValue());
    SearchTokens.Identifiers wanted = SearchTokens.patientIdentifiers(ids, identifier);
    Page<ChangedPatient> found =
        patients.changedPatients(
            new ChangeQuery(
                SearchBundles.since(lastUpdated),
                SearchBundles.before(lastUpdated),
                wanted.ids(),
                null,
                wanted.nationalId()),
            page,
            by);
    return SearchBundles.searchset(request, respond(found.items(), by), found.nextCursor());
  }

  /** The resources, their reads logged first (and unmaskings, for the roles that may). */
  private List<Patient> respond(List<ChangedPatient> found, Caller by) {
    boolean unmask = by.hasAnyRole(FhirCaller.UNMASKERS);
    Map<String, Optional<Place>> places = new HashMap<>();
    List<Patient> resources = new ArrayList<>();
    List<PersonalRead> reads = new ArrayList<>();
    for (ChangedPatient changed : found) {
      String id = changed.patient().id();
      String full = null;
      if (unmask && changed.patient().nationalId() != null) {
        full = patients.nationalId(id, by).nationalId();
        reads.add(PersonalRead.unmasked(id));
      }
      Place place =
          places.computeIfAbsent(changed.patient().placeCode(), directory::findPlace).orElse(null);
      resources.add(PeopleMapping.patient(changed, full, place));
      reads.add(PersonalRead.of(PeopleMapping.PATIENT, id, id));
    }
    accessLog.record(by, reads);
    return resources;
  }

  // the Bulk Data export

  @Override
  public String resourceType() {
    return PeopleMapping.PATIENT;
  }

  @Override
  public boolean patientCompartment() {
    return true;
  }

  /** Masked identity numbers in files: an export is not an unmasking. */
  @Override
  public void export(
      Caller by, Instant since, Set<String> patientIds, Consumer<IBaseResource> sink) {
    ChangeQuery query = new ChangeQuery(since, null, patientIds, null, null);
    Map<String, Optional<Place>> places = new HashMap<>();
    PageRequest page = PageRequest.first(PageRequest.MAX_LIMIT);
    while (page != null) {
      Page<ChangedPatient> batch = patients.changedPatients(query, page, by);
      for (ChangedPatient changed : batch.items()) {
        Place place =
            places
                .computeIfAbsent(changed.patient().placeCode(), directory::findPlace)
                .orElse(null);
        sink.accept(PeopleMapping.patient(changed, null, place));
      }
      page =
          batch.nextCursor() == null
              ? null
              : PageRequest.of(PageRequest.MAX_LIMIT, batch.nextCursor());
    }
  }
}
