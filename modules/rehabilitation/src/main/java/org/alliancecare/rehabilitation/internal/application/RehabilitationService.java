package org.alliancecare.rehabilitation.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
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
import org.alliancecare.kernel.BusinessClock;
import org.alliancecare.kernel.InvalidInput;
import org.alliancecare.kernel.Page;
import org.alliancecare.kernel.PageRequest;
import org.alliancecare.kernel.RecordNotFound;
import org.alliancecare.kernel.StaleVersion;
import org.alliancecare.patients.api.ConsentScope;
import org.alliancecare.patients.api.PatientFacts;
import org.alliancecare.patients.api.PatientsFacade;
import org.alliancecare.referrals.api.ReferralFacts;
import org.alliancecare.referrals.api.ReferralStatus;
import org.alliancecare.referrals.api.ReferralsFacade;
import org.alliancecare.rehabilitation.api.CaseMilestoneView;
import org.alliancecare.rehabilitation.api.CaseQuery;
import org.alliancecare.rehabilitation.api.CaseView;
import org.alliancecare.rehabilitation.api.MilestoneAchievement;
import org.alliancecare.rehabilitation.api.MilestoneSkip;
import org.alliancecare.rehabilitation.api.NewCase;
import org.alliancecare.rehabilitation.api.NewMilestone;
import org.alliancecare.rehabilitation.api.NewPhase;
import org.alliancecare.rehabilitation.api.NewProgram;
import org.alliancecare.rehabilitation.api.PhaseView;
import org.alliancecare.rehabilitation.api.ProgramView;
import org.alliancecare.rehabilitation.api.RehabilitationFacade;
import org.alliancecare.rehabilitation.api.StageChange;
import org.alliancecare.rehabilitation.api.StageHistoryEntry;
import org.alliancecare.rehabilitation.api.events.PhaseClosed;
import org.alliancecare.rehabilitation.api.events.PhaseOpened;
import org.alliancecare.rehabilitation.api.events.PhasePlanned;
import org.alliancecare.rehabilitation.api.events.ProgramCreated;
import org.alliancecare.rehabilitation.internal.domain.AlreadyEnrolled;
import org.alliancecare.rehabilitation.internal.domain.CaseFile;
import org.alliancecare.rehabilitation.internal.domain.CaseId;
import org.alliancecare.rehabilitation.internal.domain.CaseNumber;
import org.alliancecare.rehabilitation.internal.domain.ConditionOfSpecialty;
import org.alliancecare.rehabilitation.internal.domain.Milestone;
import org.alliancecare.rehabilitation.internal.domain.MilestoneId;
import org.alliancecare.rehabilitation.internal.domain.MilestonePlan;
import org.alliancecare.rehabilitation.internal.domain.MilestoneTemplates;
import org.alliancecare.rehabilitation.internal.domain.NoConsent;
import org.alliancecare.rehabilitation.internal.domain.NoNextPhase;
import org.alliancecare.rehabilitation.internal.domain.NoOpenPhase;
import org.alliancecare.rehabilitation.internal.domain.PatientId;
import org.alliancecare.rehabilitation.internal.domain.Phase;
import org.alliancecare.rehabilitation.internal.domain.Program;
import org.alliancecare.rehabilitation.internal.domain.ProgramCodeTaken;
import org.alliancecare.rehabilitation.internal.persistence.CaseStore;
import org.alliancecare.rehabilitation.internal.persistence.ProgramStore;
import org.alliancecare.screening.api.ScreeningView;
import org.alliancecare.screening.api.ScreeningsFacade;

/**
 * The rehabilitation facade. Each method is one transaction. Programs and phases are the
 * coordinators' reference data (no data scope); a case is visible to callers whose scope covers the
 * child's place at enrolment. Enrolment locks the OPEN phase's row while it checks and uses the
 * quota, so that concurrent enrolments take turns and never overshoot it; phase changes lock the
 * program's row.
 */
@ApplicationScoped
@Transactional
public class RehabilitationService implements RehabilitationFacade {

  private static final int MAX_PLACE_DEPTH = 10;

  @Inject ProgramStore programs;
  @Inject CaseStore cases;
  @Inject DirectoryFacade directory;
  @Inject PatientsFacade patients;
  @Inject ReferralsFacade referrals;
  @Inject Instance<ScreeningsFacade> screenings;
  @Inject BusinessClock clock;
  @Inject CaseEvents events;

  // programs and phases

  @Override
  public ProgramView createProgram(NewProgram request, Caller by) {
    List<InvalidInput.FieldError> errors = new ArrayList<>();
    List<String> placeCodes = request.eligibility().placeCodes();
    for (int i = 0; i < placeCodes.size(); i++) {
      if (directory.findPlace(placeCodes.get(i).strip()).isEmpty()) {
        errors.add(
            InvalidInput.FieldError.of("eligibility.placeCodes[" + i + "]", "names-no-place"));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
    if (programs.exists(request.code())) {
      throw new ProgramCodeTaken(request.code());
    }
    Set<String> places = new HashSet<>();
    placeCodes.forEach(code -> places.add(code.strip()));
    Set<org.alliancecare.rehabilitation.api.Condition> conditions =
        EnumSet.copyOf(request.eligibility().conditions());
    Instant now = clock.now();
    Program program =
        new Program(
            request.code(),
            request.nameZh().strip(),
            request.nameEn().strip(),
            request.eligibility().maxAgeExclusive(),
            places,
            conditions,
            request.milestoneTemplates() == null || request.milestoneTemplates().isEmpty()
                ? MilestoneTemplates.defaults(conditions)
                : request.milestoneTemplates(),
            now,
            by.username(),
            1);
    programs.add(program);
    events.fire(
        new ProgramCreated(
            program.code(),
            program.nameZh(),
            program.nameEn(),
            program.maxAgeExclusive(),
            places.stream().sorted().toList(),
            program.conditionsInOrder(),
            by.username(),
            now));
    return Views.program(program, List.of());
  }

  @Override
  public ProgramView program(String code, Caller by) {
    Program program = programs.find(code).orElseThrow(() -> new RecordNotFound("program"));
    return Views.program(program, programs.phases(code).stream().map(this::phaseView).toList());
  }

  @Override
  public List<ProgramView> programs(Caller by) {
    return programs.codes().stream().map(code -> program(code, by)).toList();
  }

  @Override
  public PhaseView planPhase(String programCode, NewPhase request, Caller by) {
    lockProgram(programCode);
    List<Phase> existing = programs.phases(programCode);
    Phase.requireNumberFree(request.number(), existing);
    Phase phase =
        Phase.plan(
            programCode, request.number(), request.startsOn(), request.endsOn(), request.quota());
    programs.add(phase);
    events.fire(
        new PhasePlanned(
            programCode,
            phase.number(),
            phase.startsOn(),
            phase.endsOn(),
            phase.quota(),
            by.username(),
            clock.now()));
    return phaseView(phase);
  }

  @Override
  public PhaseView phase(String programCode, int number, Caller by) {
    return phaseView(
        programs.phase(programCode, number).orElseThrow(() -> new RecordNotFound("phase")));
  }

  @Override
  public PhaseView openPhase(String programCode, int number, Long expectedVersion, Caller by) {
    lockProgram(programCode);
    Phase phase = phaseForChange(programCode, number, expectedVersion);
    Phase.requireNoneOpen(
        programs.phases(programCode).stream().filter(p -> p.number() != number).toList());
    Instant now = clock.now();
    phase.open(now);
    programs.update(phase);
    events.fire(new PhaseOpened(programCode, number, by.username(), now));
    return phaseView(phase);
  }

  @Override
  public PhaseView closePhase(String programCode, int number, Long expectedVersion, Caller by) {
    lockProgram(programCode);
    Phase phase = phaseForChange(programCode, number, expectedVersion);
    Instant now = clock.now();
    LocalDate today = clock.today();
    phase.close(now);
    List<CaseFile> open = cases.openIn(programCode, number);
    Integer carriedInto = null;
    if (!open.isEmpty()) {
      Phase next =
          Phase.nextAfter(number, programs.phases(programCode))
              .orElseThrow(() -> new NoNextPhase(number, open.size()));
      carriedInto = next.number();
      for (CaseFile caseFile : open) {
        var entry = caseFile.carryInto(next.number(), today, by.username(), now);
        cases.update(caseFile);
        events.carriedOver(caseFile, entry);
      }
    }
    programs.update(phase);
    events.fire(new PhaseClosed(programCode, number, carriedInto, open.size(), by.username(), now));
    return phaseView(phase);
  }

  // cases

  @Override
  public CaseView enrol(NewCase request, Caller by) {
    PatientFacts patient =
        patients
            .facts(PatientId.of(request.patientId()).toString())
            .orElseThrow(() -> new RecordNotFound("patient"));
    directory.scopeOf(by).require(patient.placeCode(), "patient");
    Program program =
        programs
            .find(request.programCode())
            .orElseThrow(() -> InvalidInput.of("programCode", "names-no-program"));
    LocalDate today = clock.today();
    Instant now = clock.now();
    Optional<ReferralFacts> sourceReferral = checkSources(request, patient, by);
    program.requireCovers(request.conditions());
    program.requireAgeOn(patient.birthDate(), today);
    List<String> placeAndAncestors = placeAndAncestors(patient.placeCode());
    program.requirePlace(placeAndAncestors);
    if (!patients.hasConsent(patient.id(), ConsentScope.TREATMENT, today)
        || !patients.hasConsent(patient.id(), ConsentScope.DATA_SHARING, today)) {
      throw new NoConsent();
    }
    Phase phase =
        programs
            .openPhaseForUpdate(program.code())
            .orElseThrow(() -> new NoOpenPhase(program.code()));
    PatientId patientId = PatientId.of(patient.id());
    cases
        .openCaseOf(patientId, program.code())
        .ifPresent(
            existing -> {
              throw new AlreadyEnrolled(existing);
            });
    phase.requireRoomAfter(programs.enrolledIn(program.code(), phase.number()));
    CaseFile caseFile =
        CaseFile.enrol(
            CaseId.newId(),
            CaseNumber.of(program.code(), today.getYear(), cases.nextNumber()),
            patientId,
            program.code(),
            request.conditions(),
            phase.number(),
            today,
            new CaseFile.Placement(
                patient.placeCode(),
                directory.countyOf(patient.placeCode()).map(Place::code).orElse(null),
                placeAndAncestors),
            blankToNull(request.sourceScreeningId()),
            blankToNull(request.sourceReferralId()),
            MilestonePlan.plan(
                program.templatesFor(request.conditions()), today, MilestoneId::newId),
            now,
            by.username());
    cases.add(caseFile);
    events.enrolled(caseFile, by.username(), now);
    sourceReferral
        .filter(r -> r.status() == ReferralStatus.COMPLETED)
        .ifPresent(r -> reachMilestone(caseFile, r, by.username(), now, today));
    return Views.caseFile(caseFile, today, true);
  }

  @Override
  public CaseView caseFile(String id, Caller by) {
    return Views.caseFile(inScope(id, by), clock.today(), true);
  }

  @Override
  public List<CaseView> casesOf(String patientId, Caller by) {
    DataScope scope = directory.scopeOf(by);
    LocalDate today = clock.today();
    return cases.ofPatient(PatientId.of(patientId)).stream()
        .filter(c -> scope.covers(c.placement().placeCode()))
        .map(c -> Views.caseFile(c, today, true))
        .toList();
  }

  @Override
  public List<CaseView> casesOfPatients(Collection<String> patientIds, Caller by) {
    DataScope scope = directory.scopeOf(by);
    if (scope.isEmpty()) {
      return List.of();
    }
    LocalDate today = clock.today();
    return cases.ofPatients(namedPatients(patientIds)).stream()
        .filter(c -> scope.covers(c.placement().placeCode()))
        .map(c -> Views.caseFile(c, today, true))
        .toList();
  }

  @Override
  public Page<CaseView> cases(CaseQuery query, PageRequest page, Caller by) {
    DataScope scope = directory.scopeOf(by);
    if (scope.isEmpty()) {
      return new Page<>(List.of(), null);
    }
    LocalDate today = clock.today();
    Page<CaseFile> found =
        page.toPage(cases.page(query, scope.places(), today, page), c -> c.number().value());
    return new Page<>(
        found.items().stream().map(c -> Views.caseFile(c, today, false)).toList(),
        found.nextCursor());
  }

  @Override
  public CaseView changeStage(String id, long expectedVersion, StageChange change, Caller by) {
    CaseFile caseFile = forChange(id, expectedVersion, by);
    LocalDate today = clock.today();
    StageHistoryEntry entry =
        caseFile.changeStage(
            change.stage(), change.outcome(), change.note(), today, by.username(), clock.now());
    cases.update(caseFile);
    events.stageChanged(caseFile, entry, today);
    return Views.caseFile(caseFile, today, true);
  }

  @Override
  public CaseMilestoneView addMilestone(
      String id, Long expectedVersion, NewMilestone milestone, Caller by) {
    CaseFile caseFile = inScope(id, by);
    if (expectedVersion != null) {
      StaleVersion.requireCurrent(expectedVersion, caseFile.version());
    }
    Milestone added =
        caseFile.addMilestone(
            MilestoneId.newId(),
            milestone.kind(),
            milestone.title().strip(),
            milestone.dueOn(),
            milestone.condition());
    cases.update(caseFile);
    events.planned(caseFile, added, by.username(), clock.now());
    return Views.milestone(caseFile, added, clock.today());
  }

  @Override
  public CaseMilestoneView milestone(String id, String milestoneId, Caller by) {
    CaseFile caseFile = inScope(id, by);
    return Views.milestone(
        caseFile, caseFile.milestone(MilestoneId.of(milestoneId)), clock.today());
  }

  @Override
  public CaseMilestoneView achieveMilestone(
      String id,
      String milestoneId,
      long expectedVersion,
      MilestoneAchievement achievement,
      Caller by) {
    CaseFile caseFile = forChange(id, expectedVersion, by);
    LocalDate today = clock.today();
    CaseFile.Achieved achieved =
        caseFile.achieve(
            MilestoneId.of(milestoneId), achievement.on(), achievement.evidence(), today);
    cases.update(caseFile);
    events.achieved(caseFile, achieved, null, by.username(), clock.now());
    return Views.milestone(caseFile, achieved.milestone(), today);
  }

  @Override
  public CaseMilestoneView skipMilestone(
      String id, String milestoneId, long expectedVersion, MilestoneSkip skip, Caller by) {
    CaseFile caseFile = forChange(id, expectedVersion, by);
    Milestone skipped = caseFile.skip(MilestoneId.of(milestoneId), skip.reason());
    cases.update(caseFile);
    events.skipped(caseFile, skipped, by.username(), clock.now());
    return Views.milestone(caseFile, skipped, clock.today());
  }

  /**
   * Reaches the milestone that a completed referral serves (the first of its condition), on the day
   * it was completed, if it is still planned; stores the case.
   */
  boolean reachMilestone(
      CaseFile caseFile, ReferralFacts referral, String by, Instant now, LocalDate today) {
    Optional<Milestone> milestone =
        caseFile.milestoneReachedByReferral(ConditionOfSpecialty.of(referral.specialty()));
    if (milestone.isEmpty()) {
      return false;
    }
    LocalDate completedOn =
        referral.completedAt() == null
            ? today
            : LocalDate.ofInstant(referral.completedAt(), BusinessClock.ZONE);
    CaseFile.Achieved achieved =
        caseFile.achieve(
            milestone.get().id(),
            completedOn.isAfter(today) ? today : completedOn,
            "Referral " + referral.referralNumber() + " completed: " + referral.outcome(),
            today);
    cases.update(caseFile);
    events.achieved(caseFile, achieved, referral.id(), by, now);
    return true;
  }

  private Optional<ReferralFacts> checkSources(NewCase request, PatientFacts patient, Caller by) {
    List<InvalidInput.FieldError> errors = new ArrayList<>();
    Optional<ReferralFacts> referral = Optional.empty();
    String referralId = blankToNull(request.sourceReferralId());
    if (referralId != null) {
      referral = referrals.facts(referralId).filter(r -> r.patientId().equals(patient.id()));
      if (referral.isEmpty()) {
        errors.add(
            InvalidInput.FieldError.of("sourceReferralId", "names-no-referral-of-this-patient"));
      }
    }
    String screeningId = blankToNull(request.sourceScreeningId());
    if (screeningId != null && screenings.isResolvable()) {
      Optional<ScreeningView> screening;
      try {
        screening = Optional.of(screenings.get().screening(screeningId, by));
      } catch (RecordNotFound e) {
        screening = Optional.empty();
      }
      if (screening.filter(s -> s.patientId().equals(patient.id())).isEmpty()) {
        errors.add(
            InvalidInput.FieldError.of("sourceScreeningId", "names-no-screening-of-this-patient"));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
    return referral;
  }

  private CaseFile forChange(String id, long expectedVersion, Caller by) {
    CaseFile caseFile = inScope(id, by);
    StaleVersion.requireCurrent(expectedVersion, caseFile.version());
    return caseFile;
  }

  private CaseFile inScope(String id, Caller by) {
    CaseFile caseFile = cases.find(CaseId.of(id)).orElseThrow(() -> new RecordNotFound("case"));
    directory.scopeOf(by).require(caseFile.placement().placeCode(), "case");
    return caseFile;
  }

  private void lockProgram(String programCode) {
    if (!programs.lock(programCode)) {
      throw new RecordNotFound("program");
    }
  }

  private Phase phaseForChange(String programCode, int number, Long expectedVersion) {
    Phase phase =
        programs.phaseForUpdate(programCode, number).orElseThrow(() -> new RecordNotFound("phase"));
    if (expectedVersion != null) {
      StaleVersion.requireCurrent(expectedVersion, phase.version());
    }
    return phase;
  }

  private PhaseView phaseView(Phase phase) {
    return Views.phase(
        phase,
        programs.enrolledIn(phase.programCode(), phase.number()),
        programs.activeIn(phase.programCode(), phase.number()));
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

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
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
