package org.alliancecare.interop.internal.fhir;

import ca.uhn.fhir.rest.annotation.Count;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.RequiredParam;
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
import org.alliancecare.kernel.RecordNotFound;
import org.alliancecare.screening.api.ScreeningView;
import org.alliancecare.screening.api.ScreeningsFacade;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Observation;

/**
 * Screenings as Observations ({@link ScreeningObservation}): read by the screening's id, searched
 * within one patient (their screenings, most recently performed first) by date, code and
 * _lastUpdated, paged by the screening module's key; exported a page of patients at a time.
 */
@ApplicationScoped
public class ObservationProvider implements IResourceProvider, ExportedType {

  @Inject ClinicalAccess access;
  @Inject ScreeningsFacade screenings;

  @Override
  public Class<Observation> getResourceType() {
    return Observation.class;
  }

  @Read
  public Observation read(@IdParam IdType id) {
    Caller by = access.caller(ClinicalAccess.CLINICAL_READERS);
    return access.handOut(
        by,
        ScreeningObservation.of(
            ClinicalAccess.found(id, () -> screenings.screening(id.getIdPart(), by))));
  }

  @Search
  public Bundle bySubject(
      @RequiredParam(name = Observation.SP_SUBJECT) ReferenceParam subject,
      @OptionalParam(name = Observation.SP_DATE) DateRangeParam date,
      @OptionalParam(name = Observation.SP_CODE) TokenOrListParam code,
      @OptionalParam(name = "_lastUpdated") DateRangeParam lastUpdated,
      @OptionalParam(name = SearchBundles.CURSOR) StringParam cursor,
      @Count Integer count,
      RequestDetails request) {
    return search(
        ClinicalSearch.patientId(subject, null), date, code, lastUpdated, cursor, count, request);
  }

  @Search
  public Bundle byPatient(
      @RequiredParam(name = Observation.SP_PATIENT) ReferenceParam patient,
      @OptionalParam(name = Observation.SP_DATE) DateRangeParam date,
      @OptionalParam(name = Observation.SP_CODE) TokenOrListParam code,
      @OptionalParam(name = "_lastUpdated") DateRangeParam lastUpdated,
      @OptionalParam(name = SearchBundles.CURSOR) StringParam cursor,
      @Count Integer count,
      RequestDetails request) {
    return search(
        ClinicalSearch.patientId(null, patient), date, code, lastUpdated, cursor, count, request);
  }

  /**
   * A page of the patient's screenings (most recently performed first, by the screening module's
   * key), less those the other parameters rule out: a page may hold fewer than {@code _count}.
   */
  private Bundle search(
      String patientId,
      DateRangeParam date,
      TokenOrListParam code,
      DateRangeParam lastUpdated,
      StringParam cursor,
      Integer count,
      RequestDetails request) {
    Caller by = access.caller(ClinicalAccess.CLINICAL_READERS);
    PageRequest page = SearchBundles.page(count, cursor == null ? null : cursor.getValue());
    Page<ScreeningView> batch;
    try {
      batch = screenings.screeningsOf(patientId, page, by);
    } catch (RecordNotFound outOfScope) {
      batch = new Page<>(List.of(), null);
    }
    List<Observation> found =
        batch.items().stream()
            .filter(s -> ClinicalSearch.within(date, s.performedAt()))
            .filter(
                s -> ClinicalSearch.matches(code, ScreeningObservation.code(s.kind(), s.method())))
            .filter(s -> ClinicalSearch.within(lastUpdated, ScreeningObservation.lastUpdated(s)))
            .map(ScreeningObservation::of)
            .toList();
    return SearchBundles.searchset(request, access.handOut(by, found), batch.nextCursor());
  }

  @Override
  public String resourceType() {
    return "Observation";
  }

  @Override
  public boolean patientCompartment() {
    return true;
  }

  /**
   * Every screening of the patients (or of every patient in scope) changed after {@code since},
   * read for a page of patients at a time ({@link ScreeningsFacade#screeningsOfPatients}): a
   * handful of queries per ~500 patients, not three or four per patient.
   */
  @Override
  public void export(Caller by, Instant since, Set<String> patients, Consumer<IBaseResource> sink) {
    access.exportPages(
        by,
        patients,
        page -> screenings.screeningsOfPatients(page, by),
        s -> {
          if (since == null || ScreeningObservation.lastUpdated(s).isAfter(since)) {
            sink.accept(ScreeningObservation.of(s));
          }
        });
  }
}
