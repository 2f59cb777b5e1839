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
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.ServiceRequest;

/**
 * Referrals as ServiceRequests ({@link ReferralResources}): read by the referral's id; searched by
 * patient or subject, identifier (the referral number), status, authored (when requested) and
 * _lastUpdated; exported patient by patient.
 */
@ApplicationScoped
public class ServiceRequestProvider implements IResourceProvider, ExportedType {

  @Inject ClinicalAccess access;
  @Inject ReferralReads reads;

  @Override
  public Class<ServiceRequest> getResourceType() {
    return ServiceRequest.class;
  }

  @Read
  public ServiceRequest read(@IdParam IdType id) {
    Caller by = access.caller(ClinicalAccess.CLINICAL_READERS);
    return access.handOut(by, ReferralResources.serviceRequest(reads.one(id, by)));
  }

  @Search
  public Bundle search(
      @OptionalParam(name = ServiceRequest.SP_PATIENT) ReferenceParam patient,
      @OptionalParam(name = ServiceRequest.SP_SUBJECT) ReferenceParam subject,
      @OptionalParam(name = ServiceRequest.SP_IDENTIFIER) TokenOrListParam identifier,
      @OptionalParam(name = ServiceRequest.SP_STATUS) TokenOrListParam status,
      @OptionalParam(name = ServiceRequest.SP_AUTHORED) DateRangeParam authored,
      @OptionalParam(name = "_lastUpdated") DateRangeParam lastUpdated,
      @OptionalParam(name = SearchBundles.CURSOR) StringParam cursor,
      @Count Integer count,
      RequestDetails request) {
    Caller by = access.caller(ClinicalAccess.CLINICAL_READERS);
    PageRequest page = SearchBundles.page(count, cursor == null ? null : cursor.getValue());
    List<ServiceRequest> matches =
        reads.candidates(ClinicalSearch.patientId(subject, patient), identifier, by).stream()
            .map(ReferralResources::serviceRequest)
            .filter(r -> ClinicalSearch.matchesIdentifier(identifier, r.getIdentifier()))
            .filter(r -> ClinicalSearch.matchesCode(status, r.getStatus().toCode()))
            .filter(r -> ClinicalSearch.within(authored, r.getAuthoredOn()))
            .filter(r -> ClinicalSearch.within(lastUpdated, r.getMeta().getLastUpdated()))
            .toList();
    Page<ServiceRequest> found =
        ClinicalSearch.page(matches, r -> r.getIdentifierFirstRep().getValue(), page);
    return SearchBundles.searchset(request, access.handOut(by, found.items()), found.nextCursor());
  }

  @Override
  public String resourceType() {
    return "ServiceRequest";
  }

  @Override
  public boolean patientCompartment() {
    return true;
  }

  @Override
  public void export(Caller by, Instant since, Set<String> patients, Consumer<IBaseResource> sink) {
    reads.export(by, since, patients, r -> sink.accept(ReferralResources.serviceRequest(r)));
  }
}
