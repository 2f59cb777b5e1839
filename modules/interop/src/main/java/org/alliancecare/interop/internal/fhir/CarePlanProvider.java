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
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.IdType;

/**
 * Rehabilitation cases' plans as CarePlans ({@link CaseResources}): read by the case's id; searched
 * by patient or subject, status, date (the plan's period) and _lastUpdated; exported patient by
 * patient.
 */
@ApplicationScoped
public class CarePlanProvider implements IResourceProvider, ExportedType {

  @Inject ClinicalAccess access;
  @Inject CaseReads reads;

  @Override
  public Class<CarePlan> getResourceType() {
    return CarePlan.class;
  }

  @Read
  public CarePlan read(@IdParam IdType id) {
    Caller by = access.caller(ClinicalAccess.CLINICAL_READERS);
    return access.handOut(by, CaseResources.carePlan(reads.one(id, id.getIdPart(), by)));
  }

  @Search
  public Bundle search(
      @OptionalParam(name = CarePlan.SP_PATIENT) ReferenceParam patient,
      @OptionalParam(name = CarePlan.SP_SUBJECT) ReferenceParam subject,
      @OptionalParam(name = CarePlan.SP_STATUS) TokenOrListParam status,
      @OptionalParam(name = CarePlan.SP_DATE) DateRangeParam date,
      @OptionalParam(name = "_lastUpdated") DateRangeParam lastUpdated,
      @OptionalParam(name = SearchBundles.CURSOR) StringParam cursor,
      @Count Integer count,
      RequestDetails request) {
    Caller by = access.caller(ClinicalAccess.CLINICAL_READERS);
    PageRequest page = SearchBundles.page(count, cursor == null ? null : cursor.getValue());
    List<CarePlan> matches =
        reads.ofPatient(ClinicalSearch.patientId(subject, patient), by).stream()
            .map(CaseResources::carePlan)
            .filter(p -> ClinicalSearch.matchesCode(status, p.getStatus().toCode()))
            .filter(p -> ClinicalSearch.within(date, p.getPeriod().getStart()))
            .filter(p -> ClinicalSearch.within(lastUpdated, p.getMeta().getLastUpdated()))
            .toList();
    Page<CarePlan> found =
        ClinicalSearch.page(matches, p -> p.getIdentifierFirstRep().getValue(), page);
    return SearchBundles.searchset(request, access.handOut(by, found.items()), found.nextCursor());
  }

  @Override
  public String resourceType() {
    return "CarePlan";
  }

  @Override
  public boolean patientCompartment() {
    return true;
  }

  @Override
  public void export(Caller by, Instant since, Set<String> patients, Consumer<IBaseResource> sink) {
    reads.export(by, since, patients, c -> sink.accept(CaseResources.carePlan(c)));
  }
}
