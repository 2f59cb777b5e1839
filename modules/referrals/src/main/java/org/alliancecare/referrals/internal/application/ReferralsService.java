package org.alliancecare.referrals.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.alliancecare.directory.api.Caller;
import org.alliancecare.directory.api.DataScope;
import org.alliancecare.directory.api.DirectoryFacade;
import org.alliancecare.directory.api.Place;
import org.alliancecare.directory.api.Practitioner;
import org.alliancecare.directory.api.Role;
import org.alliancecare.kernel.BusinessClock;
import org.alliancecare.kernel.InvalidInput;
import org.alliancecare.kernel.Page;
import org.alliancecare.kernel.PageRequest;
import org.alliancecare.kernel.RecordNotFound;
import org.alliancecare.kernel.StaleVersion;
import org.alliancecare.kernel.events.DomainEvent;
import org.alliancecare.patients.api.PatientFacts;
import org.alliancecare.patients.api.PatientsFacade;
import org.alliancecare.referrals.api.NewReferral;
import org.alliancecare.referrals.api.NotAllowedToAct;
import org.alliancecare.referrals.api.ReferralCompletion;
import org.alliancecare.referrals.api.ReferralFacts;
import org.alliancecare.referrals.api.ReferralQuery;
import org.alliancecare.referrals.api.ReferralStatus;
import org.alliancecare.referrals.api.ReferralView;
import org.alliancecare.referrals.api.ReferralsFacade;
import org.alliancecare.referrals.api.TransitionView;
import org.alliancecare.referrals.api.events.ReferralAccepted;
import org.alliancecare.referrals.api.events.ReferralCancelled;
import org.alliancecare.referrals.api.events.ReferralCompleted;
import org.alliancecare.referrals.api.events.ReferralDeclined;
import org.alliancecare.referrals.api.events.ReferralEvent;
import org.alliancecare.referrals.api.events.ReferralRequested;
import org.alliancecare.referrals.api.events.ReferralScheduled;
import org.alliancecare.referrals.internal.domain.DueDate;
import org.alliancecare.referrals.internal.domain.InfantHearingRule;
import org.alliancecare.referrals.internal.domain.PatientId;
import org.alliancecare.referrals.internal.domain.Referral;
import org.alliancecare.referrals.internal.domain.ReferralId;
import org.alliancecare.referrals.internal.domain.ReferralNumber;
import org.alliancecare.referrals.internal.domain.ReferralParty;
import org.alliancecare.referrals.internal.domain.Transition;
import org.alliancecare.referrals.internal.persistence.ReferralStore;

/**
 * The referrals facade. Each method is one transaction: it checks the caller's scope (the patient's
 * place when the referral was requested) and, for a change, that the caller is a party who may make
 * it ({@link ReferralParty}), changes the referral through its own methods, stores it and raises
 * the event, which the audit journal records in the same transaction.
 */
@ApplicationScoped
@Transactional
public class ReferralsService implements ReferralsFacade {

  private static final int MAX_PLACE_DEPTH = 10;

  @Inject ReferralStore store;
  @Inject DirectoryFacade directory;
  @Inject PatientsFacade patients;
  @Inject BusinessClock clock;
  @Inject Event<DomainEvent> events;

  @Override
  public ReferralView request(NewReferral request, Caller by) {
    PatientFacts patient =
        patients
            .facts(PatientId.of(request.patientId()).toString())
            .orElseThrow(() -> new RecordNotFound("patient"));
    directory.scopeOf(by).require(patient.placeCode(), "patient");
    List<InvalidInput.FieldError> errors = new ArrayList<>();
    if (!isUuid(request.source().id())) {
      errors.add(
          InvalidInput.FieldError.of("source.id", "must-id-of-screening-attendance-or-case"));
    }
    if (!isUuid(request.toOrganisationId())
        || directory.findOrganisation(request.toOrganisationId()).isEmpty()) {
      errors.add(InvalidInput.FieldError.of("toOrganisationId", "names-no-organisation"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
    Instant now = clock.now();
    LocalDate today = clock.today();
    LocalDate dueOn =
        DueDate.of(
            request.urgency(),
            today,
            request.dueOn(),
            InfantHearingRule.latestDueOn(
                request.source().kind(), request.specialty(), patient.birthDate(), today));
    String countyCode = directory.countyOf(patient.placeCode()).map(Place::code).orElse(null);
    Referral referral =
        Referral.request(
            ReferralId.newId(),
            ReferralNumber.of(today.getYear(), store.nextNumber()),
            PatientId.of(patient.id()),
            patient.placeCode(),
            countyCode,
            request.source(),
            request.toOrganisationId(),
            request.specialty().strip(),
            request.urgency(),
            request.reason().strip(),
            dueOn,
            now,
            by.username());
    store.add(referral, placeAndAncestors(patient.placeCode()));
    events.fire(
        new ReferralRequested(
            referral.id().toString(),
            referral.number().value(),
            referral.patient().toString(),
            referral.placeCode(),
            referral.countyCode(),
            referral.source().kind(),
            referral.source().id(),
            referral.toOrganisationId(),
            referral.specialty(),
            referral.urgency(),
            referral.dueOn(),
            today,
            by.username(),
            now));
    return view(referral, today, true);
  }

  @Override
  public ReferralView referral(String id, Caller by) {
    return view(inScope(id, directory.scopeOf(by)), clock.today(), true);
  }

  @Override
  public List<ReferralView> referralsOf(String patientId, Caller by) {
    DataScope scope = directory.scopeOf(by);
    LocalDate today = clock.today();
    return store.ofPatient(PatientId.of(patientId)).stream()
        .filter(r -> scope.covers(r.placeCode()))
        .map(r -> view(r, today, true))
        .toList();
  }

  @Override
  public List<ReferralView> referralsOfPatients(Collection<String> patientIds, Caller by) {
    DataScope scope = directory.scopeOf(by);
    if (scope.isEmpty()) {
      return List.of();
    }
    LocalDate today = clock.today();
    return store.ofPatients(namedPatients(patientIds)).stream()
        .filter(r -> scope.covers(r.placeCode()))
        .map(r -> view(r, today, true))
        .toList();
  }

  @Override
  public Page<ReferralView> referrals(ReferralQuery query, PageRequest page, Caller by) {
    DataScope scope = directory.scopeOf(by);
    if (scope.isEmpty()) {
      return new Page<>(List.of(), null);
    }
    LocalDate today = clock.today();
    List<Referral> rows = store.page(query, scope.places(), today, page);
    Page<Referral> found = page.toPage(rows, ReferralStore::cursorKey);
    return new Page<>(
        found.items().stream().map(r -> view(r, today, false)).toList(), found.nextCursor());
  }

  @Override
  public ReferralView accept(String id, long expectedVersion, Caller by) {
    Referral referral = forChange(id, expectedVersion, ReferralStatus.ACCEPTED, by);
    Instant now = clock.now();
    Transition transition = referral.accept(by.username(), now);
    return stored(
        referral,
        transition,
        new ReferralAccepted(
            referral.id().toString(),
            referral.number().value(),
            referral.patient().toString(),
            referral.placeCode(),
            referral.countyCode(),
            by.username(),
            now));
  }

  @Override
  public ReferralView decline(String id, long expectedVersion, String reason, Caller by) {
    Referral referral = forChange(id, expectedVersion, ReferralStatus.DECLINED, by);
    Instant now = clock.now();
    Transition transition = referral.decline(reason, by.username(), now);
    return stored(
        referral,
        transition,
        new ReferralDeclined(
            referral.id().toString(),
            referral.number().value(),
            referral.patient().toString(),
            referral.placeCode(),
            referral.countyCode(),
            transition.reason(),
            by.username(),
            now));
  }

  @Override
  public ReferralView schedule(String id, long expectedVersion, Instant appointmentAt, Caller by) {
    Referral referral = forChange(id, expectedVersion, ReferralStatus.SCHEDULED, by);
    Instant now = clock.now();
    Transition transition = referral.schedule(appointmentAt, by.username(), now);
    return stored(
        referral,
        transition,
        new ReferralScheduled(
            referral.id().toString(),
            referral.number().value(),
            referral.patient().toString(),
            referral.placeCode(),
            referral.countyCode(),
            appointmentAt,
            by.username(),
            now));
  }

  @Override
  public ReferralView complete(
      String id, long expectedVersion, ReferralCompletion completion, Caller by) {
    Referral referral = forChange(id, expectedVersion, ReferralStatus.COMPLETED, by);
    Instant now = clock.now();
    Transition transition =
        referral.complete(completion.outcome(), completion.findings(), by.username(), now);
    return stored(
        referral,
        transition,
        new ReferralCompleted(
            referral.id().toString(),
            referral.number().value(),
            referral.patient().toString(),
            referral.placeCode(),
            referral.countyCode(),
            referral.source().kind(),
            referral.source().id(),
            referral.specialty(),
            referral.outcome(),
            referral.findings(),
            referral.requestedAt(),
            referral.dueOn(),
            clock.today(),
            by.username(),
            now));
  }

  @Override
  public ReferralView cancel(String id, long expectedVersion, String reason, Caller by) {
    Referral referral = forChange(id, expectedVersion, ReferralStatus.CANCELLED, by);
    Instant now = clock.now();
    Transition transition = referral.cancel(reason, by.username(), now);
    return stored(
        referral,
        transition,
        new ReferralCancelled(
            referral.id().toString(),
            referral.number().value(),
            referral.patient().toString(),
            referral.placeCode(),
            referral.countyCode(),
            transition.from(),
            transition.reason(),
            by.username(),
            now));
  }

  /**
   * Stores the step that a referral has just taken with its transition (on the version that was
   * read), announces it with {@code event} and answers the referral as it now is.
   */
  private ReferralView stored(Referral referral, Transition transition, ReferralEvent event) {
    store.update(referral, transition);
    events.fire(event);
    return view(referral, clock.today(), true);
  }

  @Override
  public Optional<ReferralFacts> facts(String referralId) {
    if (!isUuid(referralId)) {
      return Optional.empty();
    }
    return store
        .find(ReferralId.of(referralId))
        .map(
            r ->
                new ReferralFacts(
                    r.id().toString(),
                    r.number().value(),
                    r.patient().toString(),
                    r.source(),
                    r.specialty(),
                    r.status(),
                    r.outcome(),
                    r.completedAt()));
  }

  @Override
  public Set<ReferralStatus> steps(String id, Caller by) {
    Referral referral = inScope(id, directory.scopeOf(by));
    ReferralParty party = partyOf(referral, by);
    Set<ReferralStatus> steps = EnumSet.noneOf(ReferralStatus.class);
    referral.status().next().stream().filter(party::mayMoveTo).forEach(steps::add);
    return steps;
  }

  /**
   * The referral, if it is in the caller's scope ({@link RecordNotFound} if not), the caller is a
   * party who may move it to {@code target} ({@link NotAllowedToAct} if not) and it is still at the
   * version the caller read ({@link StaleVersion} if not).
   */
  private Referral forChange(String id, long expectedVersion, ReferralStatus target, Caller by) {
    Referral referral = inScope(id, directory.scopeOf(by));
    if (!partyOf(referral, by).mayMoveTo(target)) {
      throw new NotAllowedToAct(target);
    }
    StaleVersion.requireCurrent(expectedVersion, referral.version());
    return referral;
  }

  /**
   * How the caller stands to the referral: coordinator, of the receiving organisation, requester.
   */
  private ReferralParty partyOf(Referral referral, Caller by) {
    boolean coordinator = by.hasRole(Role.COORDINATOR);
    boolean receiving =
        !coordinator
            && by.hasRole(Role.DOCTOR)
            && by.practitioner()
                .flatMap(directory::findPractitioner)
                .map(Practitioner::organisationId)
                .filter(referral.toOrganisationId()::equals)
                .isPresent();
    return new ReferralParty(coordinator, receiving, by.username().equals(referral.requestedBy()));
  }

  private Referral inScope(String id, DataScope scope) {
    Referral referral =
        store.find(ReferralId.of(id)).orElseThrow(() -> new RecordNotFound("referral"));
    scope.require(referral.placeCode(), "referral");
    return referral;
  }

  /** The place and every place above it, nearest first. */
  private List<String> placeAndAncestors(String placeCode) {
    List<String> path = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    String code = placeCode;
    while (code != null && seen.add(code) && path.size() < MAX_PLACE_DEPTH) {
      path.add(code);
      code = directory.findPlace(code).map(Place::parentCode).orElse(null);
    }
    return path;
  }

  static ReferralView view(Referral referral, LocalDate today, boolean withHistory) {
    return new ReferralView(
        referral.id().toString(),
        referral.number().value(),
        referral.version(),
        referral.patient().toString(),
        referral.placeCode(),
        referral.source(),
        referral.toOrganisationId(),
        referral.specialty(),
        referral.urgency(),
        referral.reason(),
        referral.status(),
        referral.dueOn(),
        referral.isOverdueOn(today),
        referral.appointmentAt(),
        referral.outcome(),
        referral.findings(),
        referral.requestedAt(),
        referral.requestedBy(),
        referral.completedAt(),
        withHistory
            ? referral.transitions().stream()
                .map(t -> new TransitionView(t.from(), t.to(), t.at(), t.by(), t.reason()))
                .toList()
            : null);
  }

  private static boolean isUuid(String text) {
    try {
      UUID.fromString(text);
      return true;
    } catch (IllegalArgumentException | NullPointerException e) {
      return false;
    }
  }

  /** The ids that can name a patient (UUIDs); any other names nobody and is left out. */
  private static List<PatientId> namedPatients(Collection<String> ids) {
    List<PatientId> named = new ArrayList<>();
    for (String id : ids) {
      try {
        named.add(new PatientId(UUID.fromString(id)));
      } catch (IllegalArgumentException notAnId) {
        // names no patient, as for the API's reads of one patient
      }
    }
    return named;
  }
}
