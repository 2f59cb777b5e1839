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
import org.alliancecare.patients.api.ChangedConsent;
import org.alliancecare.patients.api.PatientsFacade;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.IdType;

/**
 * {@code Consent}: the guardians' consents (PIPL art. 31), given and withdrawn, for the roles that
 * read them in the API. Search by {@code patient}, {@code _id}, {@code identifier}, {@code
 * _lastUpdated} (given, withdrawn or moved by a merge) and {@code _count}.
 */
@ApplicationScoped
public class ConsentProvider implements IResourceProvider, ExportedType {

  @Inject PatientsFacade patients;
  @Inject FhirCaller callers;
  @Inject FhirAccessLog accessLog;

  @Override
  public Class<Consent> getResourceType() {
    return Consent.class;
  }

  @Read
  public Consent read(@IdParam IdType id) {
    Caller by = callers.require(FhirCaller.CONSENT_READERS);
    List<Consent> found =
        respond(
            patients
                .changedConsents(
                    new ChangeQuery(null, null, Set.of(id.getIdPart()), null, null),
                    PageRequest.first(1),
                    by)
                .items(),
            by);
    if (found.isEmpty()) {
      throw new RecordNotFound("consent");
    }
    return found.get(0);
  }

  @Search
  public Bundle search(
      @OptionalParam(name = Consent.SP_PATIENT) ReferenceParam patient,
      @OptionalParam(name = "_id") TokenAndListParam ids,
      @OptionalParam(name = Consent.SP_IDENTIFIER) TokenAndListParam identifier,
      @OptionalParam(name = "_lastUpdated") DateRangeParam lastUpdated,
      @OptionalParam(name = SearchBundles.CURSOR) StringParam cursor,
      @Count Integer count,
      RequestDetails request) {
    Caller by = callers.require(FhirCaller.CONSENT_READERS);
    PageRequest page = SearchBundles.page(count, cursor == null ? null : cursor.getValue());
    Page<ChangedConsent> found =
        patients.changedConsents(
            new ChangeQuery(
                SearchBundles.since(lastUpdated),
                SearchBundles.before(lastUpdated),
                SearchTokens.intersect(
                    SearchTokens.values(ids, null),
                    SearchTokens.values(identifier, Systems.CONSENT_ID)),
                patient == null ? null : Set.of(patient.getIdPart()),
                null),
            page,
            by);
    return SearchBundles.searchset(request, respond(found.items(), by), found.nextCursor());
  }

  private List<Consent> respond(List<ChangedConsent> found, Caller by) {
    accessLog.record(
        by,
        found.stream()
            .map(c -> PersonalRead.of(PeopleMapping.CONSENT, c.consent().id(), c.patientId()))
            .toList());
    return found.stream().map(PeopleMapping::consent).toList();
  }

  // the Bulk Data export

  @Override
  public String resourceType() {
    return PeopleMapping.CONSENT;
  }

  @Override
  public boolean patientCompartment() {
    return true;
  }

  @Override
  public void export(
      Caller by, Instant since, Set<String> patientIds, Consumer<IBaseResource> sink) {
    ChangeQuery query = new ChangeQuery(since, null, null, patientIds, null);
    PageRequest page = PageRequest.first(PageRequest.MAX_LIMIT);
    while (page != null) {
      Page<ChangedConsent> batch = patients.changedConsents(query, page, by);
      batch.items().forEach(changed -> sink.accept(PeopleMapping.consent(changed)));
      page =
          batch.nextCursor() == null
              ? null
              : PageRequest.of(PageRequest.MAX_LIMIT, batch.nextCursor());
    }
  }
}
