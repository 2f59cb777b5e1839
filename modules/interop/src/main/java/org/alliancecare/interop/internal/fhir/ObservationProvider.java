package org.alliancecare.interop.internal.fhir;

import ca.uhn.fhir.rest.annotation.Count;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.RequiredParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.param.TokenOrListParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.alliancecare.directory.api.Caller;
import org.alliancecare.interop.internal.export.ExportedType;
import org.alliancecare.kernel.Page;
import org.alliancecare.kernel.PageRequest;
import org.alliancecare.screening.api.ScreeningView;
import org.alliancecare.screening.api.ScreeningsFacade;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Observation;

/**
 * Screenings as Observations ({@link ScreeningObservation}): read by the screening's id, searched
 * within one patient (their screenings, most recently performed first) by date, code and
 * _lastUpdated, and exported patient by patient.
 */
@ApplicationScoped
public class ObservationProvider implements IResourceProvider, ExportedType {

  private static final int BATCH = 100;

  @Inject ClinicalAccess access;
  @Inject ScreeningsFacade screenings;

  @Override
  public Class<Observation> getResourceType() {
    return Observation.class;
  }

  @Read
  public Observation read(@IdParam IdType id) {
    Caller by = access.caller(ClinicalAccess.CLINICAL_READERS);
    return ScreeningObservation.of(
        ClinicalAccess.found(id, () -> screenings.screening(id.getIdPart(), by)));
  }

  @Search
  public List<Observation> bySubject(
      @RequiredParam(name = Observation.SP_SUBJECT) ReferenceParam subject,
      @OptionalParam(name = Observation.SP_DATE) DateRangeParam date,
      @OptionalParam(name = Observation.SP_CODE) TokenOrListParam code,
      @OptionalParam(name = "_lastUpdated") DateRangeParam lastUpdated,
      @Count Integer count) {
    return search(ClinicalSearch.patientId(subject, null), date, code, lastUpdated, count);
  }

  @Search
  public List<Observation> byPatient(
      @RequiredParam(name = Observation.SP_PATIENT) ReferenceParam patient,
      @OptionalParam(name = Observation.SP_DATE) DateRangeParam date,
      @OptionalParam(name = Observation.SP_CODE) TokenOrListParam code,
      @OptionalParam(name = "_lastUpdated") DateRangeParam lastUpdated,
      @Count Integer count) {
    return search(ClinicalSearch.patientId(null, patient), date, code, lastUpdated, count);
  }

  private List<Observation> search(
      String patientId,
      DateRangeParam date,
      TokenOrListParam code,
      DateRangeParam lastUpdated,
      Integer count) {
    Caller by = access.caller(ClinicalAccess.CLINICAL_READERS);
    int limit = ClinicalSearch.count(count);
    List<Observation> found = new ArrayList<>();
    Predicate<ScreeningView> wanted =
        s ->
            ClinicalSearch.within(date, s.performedAt())
                && ClinicalSearch.matches(code, ScreeningObservation.code(s.kind(), s.method()))
                && ClinicalSearch.within(lastUpdated, ScreeningObservation.lastUpdated(s));
    ClinicalAccess.ofVisiblePatient(
        () ->
            screeningsOf(
                patientId,
                by,
                s -> {
                  if (found.size() < limit && wanted.test(s)) {
                    found.add(ScreeningObservation.of(s));
                  }
                },
                () -> found.size() >= limit));
    return found;
  }

  /** Every screening of the patient, a page at a time, until {@code enough} says so. */
  private void screeningsOf(
      String patientId,
      Caller by,
      Consumer<ScreeningView> sink,
      java.util.function.BooleanSupplier enough) {
    PageRequest page = PageRequest.first(BATCH);
    while (!enough.getAsBoolean()) {
      Page<ScreeningView> batch = screenings.screeningsOf(patientId, page, by);
      batch.items().forEach(sink);
      if (batch.nextCursor() == null) {
        return;
      }
      page = PageRequest.of(BATCH, batch.nextCursor());
    }
  }

  @Override
  public String resourceType() {
    return "Observation";
  }

  @Override
  public boolean patientCompartment() {
    return true;
  }

  @Override
  public void export(Caller by, Instant since, Set<String> patients, Consumer<IBaseResource> sink) {
    access.forEachPatient(
        by,
        patients,
        patientId ->
            ClinicalAccess.ofVisiblePatient(
                () ->
                    screeningsOf(
                        patientId,
                        by,
                        s -> {
                          if (since == null || ScreeningObservation.lastUpdated(s).isAfter(since)) {
                            sink.accept(ScreeningObservation.of(s));
                          }
                        },
                        () -> false)));
  }
}
