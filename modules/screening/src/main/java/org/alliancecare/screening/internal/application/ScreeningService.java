package org.alliancecare.screening.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.alliancecare.directory.api.Caller;
import org.alliancecare.directory.api.DirectoryFacade;
import org.alliancecare.kernel.BusinessClock;
import org.alliancecare.kernel.InvalidInput;
import org.alliancecare.kernel.Page;
import org.alliancecare.kernel.PageRequest;
import org.alliancecare.kernel.RecordNotFound;
import org.alliancecare.kernel.StaleVersion;
import org.alliancecare.patients.api.ConsentOnDay;
import org.alliancecare.patients.api.ConsentScope;
import org.alliancecare.patients.api.PatientFacts;
import org.alliancecare.patients.api.PatientsFacade;
import org.alliancecare.screening.api.NewScreening;
import org.alliancecare.screening.api.Performer;
import org.alliancecare.screening.api.RuleSetView;
import org.alliancecare.screening.api.ScreeningCorrection;
import org.alliancecare.screening.api.ScreeningReferral;
import org.alliancecare.screening.api.ScreeningView;
import org.alliancecare.screening.api.ScreeningsFacade;
import org.alliancecare.screening.api.events.ScreeningCorrected;
import org.alliancecare.screening.api.events.ScreeningRecorded;
import org.alliancecare.screening.internal.domain.ClinicId;
import org.alliancecare.screening.internal.domain.Examination;
import org.alliancecare.screening.internal.domain.MeasurementsJson;
import org.alliancecare.screening.internal.domain.NoScreeningConsent;
import org.alliancecare.screening.internal.domain.Observation;
import org.alliancecare.screening.internal.domain.PatientId;
import org.alliancecare.screening.internal.domain.RuleSets;
import org.alliancecare.screening.internal.domain.Screening;
import org.alliancecare.screening.internal.domain.ScreeningDay;
import org.alliancecare.screening.internal.domain.ScreeningId;
import org.alliancecare.screening.internal.domain.ScreeningReferrals;
import org.alliancecare.screening.internal.domain.ScreeningVersion;
import org.alliancecare.screening.internal.domain.Screenings;
import org.alliancecare.screening.internal.domain.classification.RuleSet;
import org.alliancecare.screening.internal.domain.classification.ScreeningClassifier;

/** {@link ScreeningsFacade}: one transaction per call. */
@ApplicationScoped
@Transactional
public class ScreeningService implements ScreeningsFacade {

  @Override
  public void referralRequested(String screeningId, String referralId, String referralNumber) {
    Optional<Screening> source;
    try {
      source = screenings.find(ScreeningId.of(screeningId));
    } catch (RecordNotFound malformed) {
      source = Optional.empty();
    }
    Screening screening =
        source.orElseThrow(() -> InvalidInput.of("source.id", "names-no-screening"));
    referrals.link(screening.id(), referralId, referralNumber, "REQUESTED");
  }

  @Override
  public void referralProgressed(
      String referralId, String status, String outcome, LocalDate completedOn) {
    referrals.progress(referralId, status, outcome, completedOn);
  }

  private static final String SCREENING = "screening";
  private static final String PATIENT = "patient";

  @Inject BusinessClock clock;

  @Inject Screenings screenings;
  @Inject ScreeningReferrals referrals;
  @Inject RuleSets ruleSets;
  @Inject PatientsFacade patients;
  @Inject DirectoryFacade directory;
  @Inject Event<ScreeningRecorded> recorded;
  @Inject Event<ScreeningCorrected> corrected;

  @Override
  public ScreeningView record(NewScreening request, Caller by) {
    LocalDate screenedOn = ScreeningDay.of(request.performedAt());
    ConsentOnDay subject = subjectInScope(request.patientId(), screenedOn, by);
    PatientFacts patient = subject.patient();
    ScreeningClassifier.requireScreenedBy(request.kind(), request.method());
    ClinicId clinic = ClinicId.ofOptional(request.clinicId());
    Instant now = clock.now();
    MeasurementsJson.Reading reading =
        MeasurementsJson.read(request.method(), request.measurements());
    Examination examination =
        new Examination(
            request.kind(),
            request.method(),
            request.performedAt(),
            new Performer(by.username(), by.practitionerId()),
            clinic);
    ScreeningClassifier classifier = new ScreeningClassifier(ruleSets.inForceAt(now));
    Screening screening =
        reading.classify(
            () ->
                Screening.record(
                    ScreeningId.newId(),
                    PatientId.of(patient.id()),
                    patient.birthDate(),
                    examination,
                    new Observation(reading.measurements(), request.notes()),
                    classifier,
                    now));
    requireConsent(subject, request, by);
    screenings.add(screening);
    ScreeningVersion first = screening.current();
    recorded.fire(
        new ScreeningRecorded(
            screening.id().toString(),
            screening.patient().toString(),
            examination.kind(),
            examination.method(),
            screening.examination().performedAt(),
            clinic == null ? null : clinic.toString(),
            first.number(),
            MeasurementsJson.write(first.measurements()),
            first.classification().result(),
            ScreeningViews.reasonCodes(first.classification()),
            first.ruleSetId(),
            by.username(),
            now));
    return ScreeningViews.of(screening, List.of());
  }

  @Override
  public RuleSetView ruleSetInForce() {
    RuleSet ruleSet = ruleSets.inForceAt(clock.now());
    return new RuleSetView(
        ruleSet.id(),
        ruleSet.optotypeFromAge(),
        ruleSet.acuityLimits().stream()
            .map(
                limit ->
                    new RuleSetView.AcuityLimit(limit.fromAge(), limit.decimal().toPlainString()))
            .toList(),
        ruleSet.interocularDifferenceLogMar().toPlainString(),
        ruleSet.referAtPta4DbHl().toPlainString());
  }

  @Override
  public ScreeningView screening(String id, Caller by) {
    Screening screening = screeningInScope(id, by).screening();
    return ScreeningViews.of(screening, referrals.of(screening.id()));
  }

  @Override
  public Page<ScreeningView> screeningsOf(String patientId, PageRequest page, Caller by) {
    patientInScope(patientId, PATIENT, by);
    Page<Screening> found = screenings.ofPatient(PatientId.of(patientId), page);
    Map<ScreeningId, List<ScreeningReferral>> started =
        referrals.of(found.items().stream().map(Screening::id).toList());
    return found.map(s -> ScreeningViews.of(s, started.getOrDefault(s.id(), List.of())));
  }

  @Override
  public List<ScreeningView> screeningsOfPatients(Collection<String> patientIds, Caller by) {
    if (patientIds.isEmpty()) {
      return List.of();
    }
    List<PatientId> visible =
        patients.patients(patientIds, by).stream().map(p -> PatientId.of(p.id())).toList();
    List<Screening> found = screenings.ofPatients(visible);
    Map<ScreeningId, List<ScreeningReferral>> started =
        referrals.of(found.stream().map(Screening::id).toList());
    return found.stream()
        .map(s -> ScreeningViews.of(s, started.getOrDefault(s.id(), List.of())))
        .toList();
  }

  @Override
  public ScreeningView correct(
      String id, long expectedVersion, ScreeningCorrection correction, Caller by) {
    Visible visible = screeningInScope(id, by);
    Screening screening = visible.screening();
    StaleVersion.requireCurrent(expectedVersion, screening.version());
    Instant now = clock.now();
    MeasurementsJson.Reading reading =
        MeasurementsJson.read(screening.method(), correction.measurements());
    ScreeningClassifier classifier = new ScreeningClassifier(ruleSets.inForceAt(now));
    ScreeningVersion next =
        reading.classify(
            () ->
                screening.correct(
                    expectedVersion,
                    correction.reason(),
                    new Observation(reading.measurements(), correction.notes()),
                    visible.patient().birthDate(),
                    classifier,
                    by.username(),
                    now));
    screenings.addCorrection(screening);
    corrected.fire(
        new ScreeningCorrected(
            screening.id().toString(),
            screening.patient().toString(),
            next.number(),
            next.correctsVersion(),
            next.correctionReason(),
            MeasurementsJson.write(next.measurements()),
            next.classification().result(),
            ScreeningViews.reasonCodes(next.classification()),
            next.ruleSetId(),
            by.username(),
            now));
    return ScreeningViews.of(screening, referrals.of(screening.id()));
  }

  /**
   * A minor needs a guardian's SCREENING consent active on the day of the screening: one on file,
   * or the one given with this request. That one is given to the patient through the patients
   * module in this transaction, so it is kept exactly when the screening is.
   */
  private void requireConsent(ConsentOnDay subject, NewScreening request, Caller by) {
    PatientFacts patient = subject.patient();
    LocalDate screenedOn = subject.day();
    boolean consented = subject.active();
    if (request.consent() != null) {
      try {
        patients.giveConsent(patient.id(), request.consent(), by);
      } catch (InvalidInput refused) {
        throw new InvalidInput(
            refused.errors().stream()
                .map(error -> error.about("consent." + error.field()))
                .toList());
      }
      consented = patients.hasConsent(patient.id(), ConsentScope.SCREENING, screenedOn);
    }
    if (patient.isMinorOn(screenedOn) && !consented) {
      throw new NoScreeningConsent(screenedOn);
    }
  }

  /**
   * {@link #patientInScope} for recording a screening: the patient's facts with whether a SCREENING
   * consent is active on the day of the screening, read at once (the consent is required later,
   * after the measurements are checked, so that a request's errors come in the same order).
   */
  private ConsentOnDay subjectInScope(String patientId, LocalDate screenedOn, Caller by) {
    PatientId.of(patientId);
    ConsentOnDay subject =
        patients
            .factsWithConsent(patientId, ConsentScope.SCREENING, screenedOn)
            .orElseThrow(() -> new RecordNotFound(PATIENT));
    directory.scopeOf(by).require(subject.patient().placeCode(), PATIENT);
    return subject;
  }

  /** A screening whose patient is in the caller's scope, with that patient's facts. */
  private record Visible(Screening screening, PatientFacts patient) {}

  private Visible screeningInScope(String id, Caller by) {
    Screening screening =
        screenings.find(ScreeningId.of(id)).orElseThrow(() -> new RecordNotFound(SCREENING));
    PatientFacts patient = patientInScope(screening.patient().toString(), SCREENING, by);
    return new Visible(screening, patient);
  }

  /**
   * The patient's facts (the survivor's, for a merged duplicate), if the patient is in the caller's
   * data scope; otherwise the same {@link RecordNotFound} as for a missing {@code recordType}.
   */
  private PatientFacts patientInScope(String patientId, String recordType, Caller by) {
    PatientId.of(patientId);
    PatientFacts patient =
        patients.facts(patientId).orElseThrow(() -> new RecordNotFound(recordType));
    directory.scopeOf(by).require(patient.placeCode(), recordType);
    return patient;
  }
}
