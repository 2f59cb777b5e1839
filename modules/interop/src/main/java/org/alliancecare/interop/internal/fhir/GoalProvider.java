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
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
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
import org.alliancecare.rehabilitation.api.CaseView;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.IdType;

/**
 * Milestones of rehabilitation cases as Goals ({@link CaseResources#goal}): read by the Goal's id
 * (the case's and the milestone's); searched by patient or subject, lifecycle-status, target-date
 * (the milestone's due date) and _lastUpdated; exported patient by patient.
 */
@ApplicationScoped
public class GoalProvider implements IResourceProvider, ExportedType {

  @Inject ClinicalAccess access;
  @Inject CaseReads reads;

  @Override
  public Class<Goal> getResourceType() {
    return Goal.class;
  }

  @Read
  public Goal read(@IdParam IdType id) {
    String[] caseAndMilestone =
        CaseResources.caseAndMilestone(id.getIdPart())
            .orElseThrow(() -> new ResourceNotFoundException(id));
    Caller by = access.caller(ClinicalAccess.CLINICAL_READERS);
    CaseView caseFile = reads.one(id, caseAndMilestone[0], by);
    return caseFile.milestones().stream()
        .filter(m -> m.id().equals(caseAndMilestone[1]))
        .findFirst()
        .map(m -> access.handOut(by, CaseResources.goal(caseFile, m)))
        .orElseThrow(() -> new ResourceNotFoundException(id));
  }

  @Search
  public Bundle search(
      @OptionalParam(name = Goal.SP_PATIENT) ReferenceParam patient,
      @OptionalParam(name = Goal.SP_SUBJECT) ReferenceParam subject,
      @OptionalParam(name = Goal.SP_LIFECYCLE_STATUS) TokenOrListParam status,
      @OptionalParam(name = Goal.SP_TARGET_DATE) DateRangeParam targetDate,
      @OptionalParam(name = "_lastUpdated") DateRangeParam lastUpdated,
      @OptionalParam(name = SearchBundles.CURSOR) StringParam cursor,
      @Count Integer count,
      RequestDetails request) {
    Caller by = access.caller(ClinicalAccess.CLINICAL_READERS);
    PageRequest page = SearchBundles.page(count, cursor == null ? null : cursor.getValue());
    List<Goal> matches =
        reads.ofPatient(ClinicalSearch.patientId(subject, patient), by).stream()
            .flatMap(c -> c.milestones().stream().map(m -> CaseResources.goal(c, m)))
            .filter(g -> ClinicalSearch.matchesCode(status, g.getLifecycleStatus().toCode()))
            .filter(
                g ->
                    ClinicalSearch.within(
                        targetDate, g.getTargetFirstRep().getDueDateType().getValue()))
            .filter(g -> ClinicalSearch.within(lastUpdated, g.getMeta().getLastUpdated()))
            .toList();
    Page<Goal> found = ClinicalSearch.page(matches, g -> g.getIdElement().getIdPart(), page);
    return SearchBundles.searchset(request, access.handOut(by, found.items()), found.nextCursor());
  }

  @Override
  public String resourceType() {
    return "Goal";
  }

  @Override
  public boolean patientCompartment() {
    return true;
  }

  @Override
  public void export(Caller by, Instant since, Set<String> patients, Consumer<IBaseResource> sink) {
    reads.export(
        by,
        since,
        patients,
        c -> c.milestones().forEach(m -> sink.accept(CaseResources.goal(c, m))));
  }
}
