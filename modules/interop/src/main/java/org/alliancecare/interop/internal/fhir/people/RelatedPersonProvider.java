package org.alliancecare.interop.internal.fhir.people;

import ca.uhn.fhir.rest.annotation.Count;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.param.StringParam;
import ca.uhn.fhir.rest.param.TokenAndListParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.alliancecare.directory.api.Caller;
import org.alliancecare.interop.internal.export.ExportedType;
import org.alliancecare.interop.internal.fhir.FhirAccessLog;
import org.alliancecare.interop.internal.fhir.FhirAccessLog.PersonalRead;
import org.alliancecare.interop.internal.fhir.FhirCaller;
import org.alliancecare.interop.internal.fhir.SearchBundles;
import org.alliancecare.interop.internal.fhir.Systems;
import org.alliancecare.kernel.Page;
import org.alliancecare.kernel.PageRequest;
import org.alliancecare.kernel.RecordNotFound;
import org.alliancecare.patients.api.ChangeQuery;
import org.alliancecare.patients.api.ChangedPatient;
import org.alliancecare.patients.api.PatientsFacade;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.RelatedPerson;

/**
 * {@code RelatedPerson}: a patient's guardians, as recorded on the patient ({@code <patient
 * id>-<n>}). Search by {@code patient}, {@code _id}, {@code identifier}, {@code _lastUpdated} (the
 * patient record's change) and {@code _count}; a page holds the guardians of {@code _count}
 * patients.
 */
@ApplicationScoped
public class RelatedPersonProvider implements IResourceProvider, ExportedType {

  @Inject PatientsFacade patients;
  @Inject FhirCaller callers;
  @Inject FhirAccessLog accessLog;

  @Override
  public Class<RelatedPerson> getResourceType() {
    return RelatedPerson.class;
  }

  @Read
  public RelatedPerson read(@IdParam IdType id) {
    Caller by = callers.require(FhirCaller.PATIENT_READERS);
    String value = id.getIdPart();
    int dash = value.lastIndexOf('-');
    if (dash < 1) {
      throw new RecordNotFound("guardian");
    }
    String patientId = value.substring(0, dash);
    List<RelatedPerson> found =
        guardiansOf(
                patients
                    .changedPatients(byIds(Set.of(patientId), null), PageRequest.first(1), by)
                    .items())
            .stream()
            .filter(person -> person.getIdElement().getIdPart().equals(value))
            .toList();
    if (found.isEmpty()) {
      throw new RecordNotFound("guardian");
    }
    accessLog.record(by, reads(found));
    return found.get(0);
  }

  @Search
  public Bundle search(
      @OptionalParam(name = RelatedPerson.SP_PATIENT) ReferenceParam patient,
      @OptionalParam(name = "_id") TokenAndListParam ids,
      @OptionalParam(name = RelatedPerson.SP_IDENTIFIER) TokenAndListParam identifier,
      @OptionalParam(name = "_lastUpdated") DateRangeParam lastUpdated,
      @OptionalParam(name = SearchBundles.CURSOR) StringParam cursor,
      @Count Integer count,
      RequestDetails request) {
    Caller by = callers.require(FhirCaller.PATIENT_READERS);
    PageRequest page = SearchBundles.page(count, cursor == null ? null : cursor.getValue());
    Set<String> wanted =
        SearchTokens.intersect(
            SearchTokens.values(ids, null), SearchTokens.values(identifier, Systems.GUARDIAN_ID));
    Set<String> patientIds = null;
    if (patient != null) {
      patientIds = Set.of(patient.getIdPart());
    }
    if (wanted != null) {
      Set<String> owners = new LinkedHashSet<>();
      wanted.forEach(
          id -> owners.add(id.lastIndexOf('-') > 0 ? id.substring(0, id.lastIndexOf('-')) : id));
      patientIds = SearchTokens.intersect(patientIds, owners);
    }
    Page<ChangedPatient> found = patients.changedPatients(byIds(patientIds, lastUpdated), page, by);
    Set<String> only = wanted;
    List<RelatedPerson> matches =
        guardiansOf(found.items()).stream()
            .filter(person -> only == null || only.contains(person.getIdElement().getIdPart()))
            .toList();
    accessLog.record(by, reads(matches));
    return SearchBundles.searchset(request, matches, found.nextCursor());
  }

  private static ChangeQuery byIds(Set<String> patientIds, DateRangeParam lastUpdated) {
    return new ChangeQuery(
        SearchBundles.since(lastUpdated),
        SearchBundles.before(lastUpdated),
        patientIds,
        null,
        null);
  }

  private static List<RelatedPerson> guardiansOf(List<ChangedPatient> found) {
    List<RelatedPerson> people = new ArrayList<>();
    found.stream()
        .filter(changed -> changed.patient().mergedInto() == null)
        .forEach(changed -> people.addAll(PeopleMapping.guardians(changed)));
    return people;
  }

  private static List<PersonalRead> reads(List<RelatedPerson> people) {
    return people.stream()
        .map(
            person ->
                PersonalRead.of(
                    PeopleMapping.RELATED_PERSON,
                    person.getIdElement().getIdPart(),
                    person.getPatient().getReferenceElement().getIdPart()))
        .toList();
  }

  // the Bulk Data export

  @Override
  public String resourceType() {
    return PeopleMapping.RELATED_PERSON;
  }

  @Override
  public boolean patientCompartment() {
    return true;
  }

  @Override
  public void export(
      Caller by, Instant since, Set<String> patientIds, Consumer<IBaseResource> sink) {
    ChangeQuery query = new ChangeQuery(since, null, patientIds, null, null);
    PageRequest page = PageRequest.first(PageRequest.MAX_LIMIT);
    while (page != null) {
      Page<ChangedPatient> batch = patients.changedPatients(query, page, by);
      guardiansOf(batch.items()).forEach(sink);
      page =
          batch.nextCursor() == null
              ? null
              : PageRequest.of(PageRequest.MAX_LIMIT, batch.nextCursor());
    }
  }
}
