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
import org.hl7.fhir.r4.model.Task;

/**
 * Referrals' workflow as Tasks ({@link ReferralResources}): read by the referral's id; searched by
 * patient or subject, identifier (the referral number), status (the Task's: requested, accepted,
 * ready, completed, rejected, cancelled), authored-on and _lastUpdated; exported patient by
 * patient.
 */
@ApplicationScoped
public class TaskProvider implements IResourceProvider, ExportedType {

  @Inject ClinicalAccess access;
  @Inject ReferralReads reads;

  @Override
  public Class<Task> getResourceType() {
    return Task.class;
  }

  @Read
  public Task read(@IdParam IdType id) {
    Caller by = access.caller(ClinicalAccess.CLINICAL_READERS);
    return access.handOut(by, ReferralResources.task(reads.one(id, by)));
  }

  @Search
  public Bundle search(
      @OptionalParam(name = Task.SP_PATIENT) ReferenceParam patient,
      @OptionalParam(name = Task.SP_SUBJECT) ReferenceParam subject,
      @OptionalParam(name = Task.SP_IDENTIFIER) TokenOrListParam identifier,
      @OptionalParam(name = Task.SP_STATUS) TokenOrListParam status,
      @OptionalParam(name = Task.SP_AUTHORED_ON) DateRangeParam authored,
      @OptionalParam(name = "_lastUpdated") DateRangeParam lastUpdated,
      @OptionalParam(name = SearchBundles.CURSOR) StringParam cursor,
      @Count Integer count,
      RequestDetails request) {
    Caller by = access.caller(ClinicalAccess.CLINICAL_READERS);
    PageRequest page = SearchBundles.page(count, cursor == null ? null : cursor.getValue());
    List<Task> matches =
        reads.candidates(ClinicalSearch.patientId(subject, patient), identifier, by).stream()
            .map(ReferralResources::task)
            .filter(r -> ClinicalSearch.matchesIdentifier(identifier, r.getIdentifier()))
            .filter(r -> ClinicalSearch.matchesCode(status, r.getStatus().toCode()))
            .filter(r -> ClinicalSearch.within(authored, r.getAuthoredOn()))
            .filter(r -> ClinicalSearch.within(lastUpdated, r.getMeta().getLastUpdated()))
            .toList();
    Page<Task> found =
        ClinicalSearch.page(matches, r -> r.getIdentifierFirstRep().getValue(), page);
    return SearchBundles.searchset(request, access.handOut(by, found.items()), found.nextCursor());
  }

  @Override
  public String resourceType() {
    return "Task";
  }

  @Override
  public boolean patientCompartment() {
    return true;
  }

  @Override
  public void export(Caller by, Instant since, Set<String> patients, Consumer<IBaseResource> sink) {
    reads.export(by, since, patients, r -> sink.accept(ReferralResources.task(r)));
  }
}
