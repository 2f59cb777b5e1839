package org.alliancecare.interop.internal.fhir;

import ca.uhn.fhir.rest.annotation.Count;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.param.StringParam;
import ca.uhn.fhir.rest.param.TokenOrListParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.alliancecare.directory.api.Caller;
import org.alliancecare.interop.internal.export.ExportedType;
import org.alliancecare.kernel.Page;
import org.alliancecare.kernel.PageRequest;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.IdType;

/**
 * Rehabilitation cases as EpisodeOfCare ({@link CaseResources}): read by the case's id; searched by
 * patient, status (active or finished), date (the case's period: enrolled on) and _lastUpdated;
 * exported patient by patient.
 */
@ApplicationScoped
public class EpisodeOfCareProvider implements IResourceProvider, ExportedType {

  @Inject ClinicalAccess access;
  @Inject CaseReads reads;

  @Override
  public Class<EpisodeOfCare> getResourceType() {
    return EpisodeOfCare.class;
  }

  @Read
  public EpisodeOfCare read(@IdParam IdType id) {
    Caller by = access.caller(ClinicalAccess.CLINICAL_READERS);
    return access.handOut(by, CaseResources.episode(reads.one(id, id.getIdPart(), by)));
  }

  @Search
  public Bundle search(
      @OptionalParam(name = EpisodeOfCare.SP_PATIENT) ReferenceParam patient,
      @OptionalParam(name = EpisodeOfCare.SP_STATUS) TokenOrListParam status,
      @OptionalParam(name = EpisodeOfCare.SP_DATE) DateRangeParam date,
      @OptionalParam(name = "_lastUpdated") DateRangeParam lastUpdated,
      @OptionalParam(name = SearchBundles.CURSOR) StringParam cursor,
      @Count Integer count,
      RequestDetails request) {
    Caller by = access.caller(ClinicalAccess.CLINICAL_READERS);
    PageRequest page = SearchBundles.page(count, cursor == null ? null : cursor.getValue());
    List<EpisodeOfCare> matches =
        reads.ofPatient(ClinicalSearch.patientId(null, patient), by).stream()
            .map(CaseResources::episode)
            .filter(e -> ClinicalSearch.matchesCode(status, e.getStatus().toCode()))
            .filter(e -> ClinicalSearch.within(date, e.getPeriod().getStart()))
            .filter(e -> ClinicalSearch.within(lastUpdated, e.getMeta().getLastUpdated()))
            .toList();
    Page<EpisodeOfCare> found =
        ClinicalSearch.page(matches, e -> e.getIdentifierFirstRep().getValue(), page);
    return SearchBundles.searchset(request, access.handOut(by, found.items()), found.nextCursor());
  }

  @Override
  public String resourceType() {
    return "EpisodeOfCare";
  }

  @Override
  public boolean patientCompartment() {
    return true;
  }

  @Override
  public void export(Caller by, Instant since, Set<String> patients, Consumer<IBaseResource> sink) {
    reads.export(by, since, patients, c -> sink.accept(CaseResources.episode(c)));
  }
}
