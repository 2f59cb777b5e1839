package org.alliancecare.rehabilitation.internal.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.alliancecare.directory.api.Caller;
import org.alliancecare.directory.api.DataScope;
import org.alliancecare.directory.api.DirectoryFacade;
import org.alliancecare.directory.api.Place;
import org.alliancecare.directory.api.PlaceLevel;
import org.alliancecare.directory.api.Role;
import org.alliancecare.kernel.BusinessClock;
import org.alliancecare.kernel.BusinessRuleViolation;
import org.alliancecare.kernel.InvalidInput;
import org.alliancecare.kernel.PageRequest;
import org.alliancecare.kernel.RecordNotFound;
import org.alliancecare.kernel.StaleVersion;
import org.alliancecare.kernel.events.DomainEvent;
import org.alliancecare.patients.api.ConsentScope;
import org.alliancecare.patients.api.PatientFacts;
import org.alliancecare.patients.api.PatientsFacade;
import org.alliancecare.patients.api.Sex;
import org.alliancecare.patients.api.events.PatientsMerged;
import org.alliancecare.referrals.api.ReferralFacts;
import org.alliancecare.referrals.api.ReferralSource;
import org.alliancecare.referrals.api.ReferralStatus;
import org.alliancecare.referrals.api.ReferralsFacade;
import org.alliancecare.referrals.api.SourceKind;
import org.alliancecare.referrals.api.events.ReferralCompleted;
import org.alliancecare.rehabilitation.api.CaseMilestoneView;
import org.alliancecare.rehabilitation.api.CaseOutcome;
import org.alliancecare.rehabilitation.api.CaseQuery;
import org.alliancecare.rehabilitation.api.CaseView;
import org.alliancecare.rehabilitation.api.Condition;
import org.alliancecare.rehabilitation.api.Eligibility;
import org.alliancecare.rehabilitation.api.MilestoneAchievement;
import org.alliancecare.rehabilitation.api.MilestoneStatus;
import org.alliancecare.rehabilitation.api.MilestoneView;
import org.alliancecare.rehabilitation.api.NewCase;
import org.alliancecare.rehabilitation.api.NewMilestone;
import org.alliancecare.rehabilitation.api.NewPhase;
import org.alliancecare.rehabilitation.api.NewProgram;
import org.alliancecare.rehabilitation.api.PhaseHistoryEntry;
import org.alliancecare.rehabilitation.api.PhaseStatus;
import org.alliancecare.rehabilitation.api.PhaseView;
import org.alliancecare.rehabilitation.api.ProgramView;
import org.alliancecare.rehabilitation.api.Stage;
import org.alliancecare.rehabilitation.api.StageChange;
import org.alliancecare.rehabilitation.api.events.CaseCarriedOver;
import org.alliancecare.rehabilitation.api.events.CaseEnrolled;
import org.alliancecare.rehabilitation.api.events.CaseEvent;
import org.alliancecare.rehabilitation.api.events.MilestoneAchieved;
import org.alliancecare.rehabilitation.api.events.MilestonePlanned;
import org.alliancecare.rehabilitation.api.events.PhaseClosed;
import org.alliancecare.rehabilitation.internal.domain.MilestoneTemplates;
import org.alliancecare.rehabilitation.internal.persistence.CaseStore;
import org.alliancecare.rehabilitation.internal.persistence.ProgramStore;
import org.alliancecare.screening.api.ScreeningsFacade;
import org.alliancecare.testing.MovableClock;
import org.alliancecare.testing.Stubs;
import org.alliancecare.testing.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The rehabilitation facade wired by hand over the migrated schema on real PostgreSQL, with a clock
 * the test moves; the directory, patients and referrals are stand-ins. Children of 乌什县 (Wushi,
 * 652927), Aksu prefecture, and of Urumqi, outside the program.
 */
class RehabilitationServiceIT {

  private static final String XINJIANG = "650000";
  private static final String AKSU = "652900";
  private static final String WUSHI = "652927";
  private static final String ARAL = "659002";
  private static final String URUMQI = "650100";
  private static final Map<String, Place> PLACES =
      Map.of(
          XINJIANG, new Place(XINJIANG, null, PlaceLevel.PROVINCE, "新疆维吾尔自治区", "Xinjiang"),
          AKSU, new Place(AKSU, XINJIANG, PlaceLevel.PREFECTURE, "阿克苏地区", "Aksu Prefecture"),
          WUSHI, new Place(WUSHI, AKSU, PlaceLevel.COUNTY, "乌什县", "Wushi County"),
          ARAL, new Place(ARAL, XINJIANG, PlaceLevel.COUNTY, "阿拉尔市", "Aral City"),
          URUMQI, new Place(URUMQI, XINJIANG, PlaceLevel.PREFECTURE, "乌鲁木齐市", "Urumqi"));
  private static final Caller COORDINATOR =
      new Caller("coord.wang", "Wang", Set.of(Role.COORDINATOR), Set.of(XINJIANG), null);
  private static final Caller WUSHI_DOCTOR =
      new Caller("dr.aysha", "Aysha", Set.of(Role.DOCTOR), Set.of(WUSHI), null);

  private static DataSource dataSource;
  private static int programs;

  private final Map<String, PatientFacts> patients = new HashMap<>();
  private final Set<String> consented = new HashSet<>();
  private final Map<String, ReferralFacts> referrals = new HashMap<>();
  private final List<DomainEvent> fired = new ArrayList<>();
  private final MovableClock clock = new MovableClock(Instant.parse("2026-05-04T03:00:00Z"));
  private RehabilitationService service;
  private String program;

  @BeforeAll
  static void migrate() {
    TestDatabase database = TestDatabase.get();
    dataSource = database.dataSource(database.migratedDatabase("rehabilitation"));
  }

  @BeforeEach
  void wire() {
    service = new RehabilitationService();
    service.programs = new ProgramStore(dataSource);
    service.cases = new CaseStore(dataSource);
    service.clock = new BusinessClock(clock);
    service.events = new CaseEvents(firedInto(fired));
    service.patients =
        Stubs.of(
            PatientsFacade.class,
            Map.of(
                "facts", args -> Optional.ofNullable(patients.get((String) args[0])),
                "hasConsent",
                    args ->
                        consented.contains((String) args[0])
                            && EnumSet.of(ConsentScope.TREATMENT, ConsentScope.DATA_SHARING)
                                .contains(args[1])));
    service.directory =
        Stubs.of(
            DirectoryFacade.class,
            Map.of(
                "scopeOf", args -> scopeOf((Caller) args[0]),
                "findPlace", args -> Optional.ofNullable(PLACES.get((String) args[0])),
                "countyOf",
                    args ->
                        Optional.ofNullable(PLACES.get((String) args[0]))
                            .filter(p -> p.level() == PlaceLevel.COUNTY)));
    service.referrals =
        Stubs.of(
            ReferralsFacade.class,
            Map.of("facts", args -> Optional.ofNullable(referrals.get((String) args[0]))));
    service.screenings = unresolvable();
    program = "TEST_" + (++programs);
    service.createProgram(
        new NewProgram(
            program,
            "启明行动（测试）",
            "Qiming Action (test " + programs + ")",
            new Eligibility(18, List.of(AKSU, ARAL), List.of(Condition.values())),
            null),
        COORDINATOR);
  }

  @Test
  void qiming_is_loaded_with_its_eligibility_and_the_templates_of_the_domain() {
    ProgramView qiming = service.program("QIMING", COORDINATOR);

    assertThat(qiming.nameZh()).isEqualTo("启明行动");
    assertThat(qiming.eligibility().maxAgeExclusive()).isEqualTo(18);
    assertThat(qiming.eligibility().placeCodes()).containsExactly(AKSU, ARAL);
    assertThat(qiming.eligibility().conditions())
        .containsExactly(Condition.VISION, Condition.HEARING, Condition.SPEECH);
    assertThat(qiming.milestoneTemplates())
        .isEqualTo(MilestoneTemplates.defaults(EnumSet.allOf(Condition.class)));
    assertThat(qiming.phases()).isEmpty();
  }

  @Test
  void a_child_is_enrolled_in_the_open_phase_with_the_milestones_of_the_templates() {
    open(1, null);
    String child = child(WUSHI, LocalDate.of(2023, 1, 15), true);

    CaseView enrolled = service.enrol(hearing(child), WUSHI_DOCTOR);

    assertThat(enrolled.caseNumber()).matches(program + "-2026-\\d{5}");
    assertThat(enrolled.stage()).isEqualTo(Stage.ASSESSMENT);
    assertThat(enrolled.enrolmentPhase()).isEqualTo(1);
    assertThat(enrolled.currentPhase()).isEqualTo(1);
    assertThat(enrolled.enrolledOn()).isEqualTo(LocalDate.of(2026, 5, 4));
    assertThat(enrolled.milestones())
        .extracting(MilestoneView::kind, MilestoneView::dueOn)
        .startsWith(
            org.assertj.core.groups.Tuple.tuple("AUDIOLOGICAL_DIAGNOSIS", LocalDate.of(2026, 6, 3)),
            org.assertj.core.groups.Tuple.tuple("DEVICE_DECISION", LocalDate.of(2026, 6, 18)))
        .hasSize(7);
    assertThat(enrolled.phaseHistory()).extracting(PhaseHistoryEntry::toPhase).containsExactly(1);
    CaseView stored = service.caseFile(enrolled.id(), COORDINATOR);
    assertThat(stored).isEqualTo(enrolled);
    assertThat(fired).filteredOn(CaseEnrolled.class::isInstance).hasSize(1);
    assertThat(fired).filteredOn(MilestonePlanned.class::isInstance).hasSize(7);
    assertThat(fired)
        .filteredOn(CaseEvent.class::isInstance)
        .allSatisfy(
            e -> {
              CaseEvent event = (CaseEvent) e;
              assertThat(event.patientId()).contains(child);
              assertThat(event.programCode()).isEqualTo(program);
              assertThat(event.phase()).isEqualTo(1);
              assertThat(event.countyCode()).isEqualTo(WUSHI);
            });
  }

  @Test
  void the_cases_of_many_patients_are_read_at_once_within_the_callers_scope() {
    open(1, null);
    String wushiChild = child(WUSHI, LocalDate.of(2023, 1, 15), true);
    String aralChild = child(ARAL, LocalDate.of(2021, 9, 2), true);
    CaseView wushi = service.enrol(hearing(wushiChild), COORDINATOR);
    CaseView aral = service.enrol(hearing(aralChild), COORDINATOR);
    List<String> asked = List.of(aralChild, wushiChild, "not-a-patient");

    assertThat(service.casesOfPatients(asked, WUSHI_DOCTOR))
        .extracting(CaseView::id)
        .containsExactly(wushi.id());
    assertThat(service.casesOfPatients(asked, COORDINATOR))
        .extracting(CaseView::id)
        .containsExactlyInAnyOrder(wushi.id(), aral.id());
    assertThat(service.casesOfPatients(List.of(wushiChild), WUSHI_DOCTOR))
        .isEqualTo(service.casesOf(wushiChild, WUSHI_DOCTOR));
    assertThat(service.casesOfPatients(List.of(), COORDINATOR)).isEmpty();
  }

  @Test
  void each_broken_enrolment_rule_is_named() {
    String tooOld = child(WUSHI, LocalDate.of(2008, 5, 4), true);
    String urumqi = child(URUMQI, LocalDate.of(2020, 1, 1), true);
    String noConsent = child(WUSHI, LocalDate.of(2020, 1, 1), false);
    String eligible = child(WUSHI, LocalDate.of(2008, 5, 5), true);

    assertRule(() -> service.enrol(hearing(eligible), COORDINATOR), "no-open-phase");
    open(1, null);
    assertRule(() -> service.enrol(hearing(tooOld), COORDINATOR), "not-eligible-age");
    assertRule(() -> service.enrol(hearing(urumqi), COORDINATOR), "not-eligible-place");
    assertRule(() -> service.enrol(hearing(noConsent), COORDINATOR), "no-consent");
    service.enrol(hearing(eligible), COORDINATOR);
    assertRule(() -> service.enrol(hearing(eligible), COORDINATOR), "already-enrolled");
    assertThatThrownBy(() -> service.enrol(hearing(urumqi), WUSHI_DOCTOR))
        .isInstanceOf(RecordNotFound.class);
  }

  @Test
  void the_quota_of_a_phase_is_not_overshot() {
    open(1, 2);
    service.enrol(hearing(child(ARAL, LocalDate.of(2019, 6, 1), true)), COORDINATOR);
    service.enrol(hearing(child(WUSHI, LocalDate.of(2019, 6, 1), true)), COORDINATOR);

    assertRule(
        () -> service.enrol(hearing(child(WUSHI, LocalDate.of(2019, 6, 1), true)), COORDINATOR),
        "phase-quota-reached");
    PhaseView phase = service.phase(program, 1, COORDINATOR);
    assertThat(phase.enrolled()).isEqualTo(2);
    assertThat(phase.active()).isEqualTo(2);
  }

  @Test
  void one_phase_is_open_at_a_time_also_in_the_database() throws SQLException {
    open(1, null);
    service.planPhase(
        program,
        new NewPhase(2, LocalDate.of(2027, 8, 1), LocalDate.of(2028, 7, 31), null),
        COORDINATOR);

    assertRule(() -> service.openPhase(program, 2, null, COORDINATOR), "phase-already-open");
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      assertThatThrownBy(
              () ->
                  statement.executeUpdate(
                      "UPDATE rehabilitation.phase SET status = 'OPEN' WHERE program_code = '"
                          + program
                          + "' AND number = 2"))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("phase_one_open_per_program");
    }
  }

  @Test
  void closing_a_phase_carries_its_open_cases_into_the_next_one() {
    open(1, null);
    CaseView open =
        service.enrol(hearing(child(WUSHI, LocalDate.of(2019, 6, 1), true)), COORDINATOR);
    CaseView closed =
        service.enrol(hearing(child(WUSHI, LocalDate.of(2018, 6, 1), true)), COORDINATOR);
    service.changeStage(
        closed.id(),
        closed.version(),
        new StageChange(Stage.CLOSED, "moved", CaseOutcome.TRANSFERRED),
        COORDINATOR);

    assertRule(() -> service.closePhase(program, 1, null, COORDINATOR), "no-next-phase");
    service.planPhase(
        program,
        new NewPhase(2, LocalDate.of(2027, 8, 1), LocalDate.of(2028, 7, 31), null),
        COORDINATOR);
    clock.setTo("2026-08-01T02:00:00Z");
    PhaseView phase1 = service.closePhase(program, 1, null, COORDINATOR);

    assertThat(phase1.status()).isEqualTo(PhaseStatus.CLOSED);
    CaseView carried = service.caseFile(open.id(), COORDINATOR);
    assertThat(carried.enrolmentPhase()).isEqualTo(1);
    assertThat(carried.currentPhase()).isEqualTo(2);
    assertThat(carried.phaseHistory())
        .extracting(PhaseHistoryEntry::fromPhase, PhaseHistoryEntry::toPhase, PhaseHistoryEntry::on)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(null, 1, LocalDate.of(2026, 5, 4)),
            org.assertj.core.groups.Tuple.tuple(1, 2, LocalDate.of(2026, 8, 1)));
    assertThat(service.caseFile(closed.id(), COORDINATOR).currentPhase()).isEqualTo(1);
    assertThat(fired).filteredOn(CaseCarriedOver.class::isInstance).hasSize(1);
    assertThat(fired)
        .filteredOn(PhaseClosed.class::isInstance)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(((PhaseClosed) e).carriedInto()).isEqualTo(2);
              assertThat(((PhaseClosed) e).carriedCases()).isEqualTo(1);
            });
    assertThat(ids(new CaseQuery(program, 1, null, null, null))).contains(open.id(), closed.id());
    assertThat(ids(new CaseQuery(program, 2, null, null, null))).containsExactly(open.id());
    PhaseView phase2 = service.phase(program, 2, COORDINATOR);
    assertThat(phase2.active()).isEqualTo(1);
    assertThat(phase2.enrolled()).isZero();
  }

  @Test
  void a_case_is_overdue_on_the_day_after_a_milestones_due_date_not_on_it() {
    open(1, null);
    CaseView enrolled =
        service.enrol(hearing(child(WUSHI, LocalDate.of(2019, 6, 1), true)), COORDINATOR);

    clock.setTo(
        "2026-06-03T15:59:59Z"); // the last second of 3 June, the diagnosis' due date, in Beijing
    assertThat(service.caseFile(enrolled.id(), COORDINATOR).overdue()).isFalse();
    assertThat(ids(new CaseQuery(program, null, null, null, true))).doesNotContain(enrolled.id());

    clock.setTo("2026-06-03T16:00:00Z");
    CaseView late = service.caseFile(enrolled.id(), COORDINATOR);
    assertThat(late.overdue()).isTrue();
    assertThat(late.milestones().get(0).overdue()).isTrue();
    assertThat(late.milestones().get(1).overdue()).isFalse();
    assertThat(ids(new CaseQuery(program, null, null, null, true))).contains(enrolled.id());
    assertThat(ids(new CaseQuery(program, null, null, null, false))).doesNotContain(enrolled.id());
  }

  @Test
  void milestones_are_achieved_skipped_and_added_on_the_current_version() {
    open(1, null);
    CaseView enrolled =
        service.enrol(hearing(child(WUSHI, LocalDate.of(2019, 6, 1), true)), COORDINATOR);
    String fitted = milestoneId(enrolled, "DEVICE_FITTED");
    clock.setTo("2026-07-20T03:00:00Z");

    CaseMilestoneView achieved =
        service.achieveMilestone(
            enrolled.id(),
            fitted,
            1,
            new MilestoneAchievement(LocalDate.of(2026, 7, 18), "hearing aids fitted both ears"),
            COORDINATOR);
    assertThatThrownBy(
            () ->
                service.skipMilestone(
                    enrolled.id(),
                    milestoneId(enrolled, "DEVICE_DECISION"),
                    1,
                    new org.alliancecare.rehabilitation.api.MilestoneSkip("decided"),
                    COORDINATOR))
        .isInstanceOf(StaleVersion.class);
    CaseMilestoneView added =
        service.addMilestone(
            enrolled.id(),
            null,
            new NewMilestone(
                "SPECIAL_SCHOOL_PLACEMENT",
                "Place at the special education school",
                LocalDate.of(2027, 9, 1),
                null),
            COORDINATOR);

    assertThat(achieved.status()).isEqualTo(MilestoneStatus.ACHIEVED);
    assertThat(achieved.caseVersion()).isEqualTo(2);
    assertThat(added.caseVersion()).isEqualTo(3);
    assertThat(added.custom()).isTrue();
    CaseView stored = service.caseFile(enrolled.id(), COORDINATOR);
    assertThat(stored.milestones()).hasSize(8);
    assertThat(stored.milestones())
        .filteredOn(m -> m.kind().equals("FOLLOW_UP_3_MONTHS"))
        .singleElement()
        .extracting(MilestoneView::dueOn)
        .isEqualTo(LocalDate.of(2026, 10, 18));
    assertThat(service.milestone(enrolled.id(), added.id(), COORDINATOR)).isEqualTo(added);
  }

  @Test
  void a_completed_referral_reaches_the_diagnosis_of_the_case_it_came_from_once() {
    open(1, null);
    String child = child(WUSHI, LocalDate.of(2019, 6, 1), true);
    CaseView enrolled = service.enrol(hearing(child), COORDINATOR);
    ReferralOutcomes outcomes = new ReferralOutcomes();
    outcomes.cases = service.cases;
    outcomes.service = service;
    outcomes.clock = service.clock;
    ReferralCompleted completed =
        new ReferralCompleted(
            UUID.randomUUID().toString(),
            "RF-2026-000077",
            child,
            WUSHI,
            WUSHI,
            SourceKind.CASE,
            enrolled.id(),
            "AUDIOLOGY",
            "bilateral sensorineural hearing loss",
            "ABR 70 dB nHL",
            Instant.parse("2026-05-04T03:00:00Z"),
            LocalDate.of(2026, 6, 3),
            LocalDate.of(2026, 5, 20),
            "dr.li",
            Instant.parse("2026-05-20T04:00:00Z"));
    clock.setTo("2026-05-20T04:00:00Z");

    outcomes.reachMilestones(completed);
    outcomes.reachMilestones(completed);

    MilestoneView diagnosis =
        service.caseFile(enrolled.id(), COORDINATOR).milestones().stream()
            .filter(m -> m.kind().equals("AUDIOLOGICAL_DIAGNOSIS"))
            .findFirst()
            .orElseThrow();
    assertThat(diagnosis.status()).isEqualTo(MilestoneStatus.ACHIEVED);
    assertThat(diagnosis.achievedOn()).isEqualTo(LocalDate.of(2026, 5, 20));
    assertThat(diagnosis.evidence()).contains("RF-2026-000077").contains("bilateral sensorineural");
    assertThat(fired)
        .filteredOn(MilestoneAchieved.class::isInstance)
        .singleElement()
        .satisfies(
            e ->
                assertThat(((MilestoneAchieved) e).referralId()).isEqualTo(completed.referralId()));
    assertThat(service.caseFile(enrolled.id(), COORDINATOR).version()).isEqualTo(2);
  }

  @Test
  void enrolling_from_a_completed_referral_reaches_its_milestone_at_once() {
    open(1, null);
    String child = child(WUSHI, LocalDate.of(2019, 6, 1), true);
    String referralId = UUID.randomUUID().toString();
    referrals.put(
        referralId,
        new ReferralFacts(
            referralId,
            "RF-2026-000078",
            child,
            new ReferralSource(SourceKind.SCREENING, UUID.randomUUID().toString()),
            "OTOLARYNGOLOGY",
            ReferralStatus.COMPLETED,
            "hearing loss confirmed",
            Instant.parse("2026-05-02T06:00:00Z")));

    CaseView enrolled =
        service.enrol(
            new NewCase(child, program, Set.of(Condition.HEARING), null, referralId), COORDINATOR);

    assertThat(enrolled.sourceReferralId()).isEqualTo(referralId);
    assertThat(enrolled.milestones().get(0).status()).isEqualTo(MilestoneStatus.ACHIEVED);
    assertThat(enrolled.milestones().get(0).achievedOn()).isEqualTo(LocalDate.of(2026, 5, 2));
    assertThat(enrolled.version()).isEqualTo(2);
    assertThatThrownBy(
            () ->
                service.enrol(
                    new NewCase(
                        child(WUSHI, LocalDate.of(2019, 6, 1), true),
                        program,
                        Set.of(Condition.HEARING),
                        null,
                        referralId),
                    COORDINATOR))
        .isInstanceOf(InvalidInput.class);
  }

  @Test
  void a_merge_moves_the_duplicates_cases_unless_both_have_one_open_in_the_program() {
    open(1, null);
    String survivor = child(WUSHI, LocalDate.of(2019, 6, 1), true);
    String duplicate = child(WUSHI, LocalDate.of(2019, 6, 1), true);
    String other = child(WUSHI, LocalDate.of(2019, 6, 1), true);
    CaseView duplicatesCase = service.enrol(hearing(duplicate), COORDINATOR);
    service.enrol(hearing(survivor), COORDINATOR);
    PatientMerges merges = new PatientMerges();
    merges.cases = service.cases;
    merges.events = service.events;

    assertRule(
        () ->
            merges.moveCases(new PatientsMerged(survivor, duplicate, "coord.wang", Instant.now())),
        "merge-open-cases");
    merges.moveCases(new PatientsMerged(other, duplicate, "coord.wang", Instant.now()));

    assertThat(service.caseFile(duplicatesCase.id(), COORDINATOR).patientId()).isEqualTo(other);
  }

  private void open(int number, Integer quota) {
    service.planPhase(
        program,
        new NewPhase(number, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), quota),
        COORDINATOR);
    service.openPhase(program, number, 1L, COORDINATOR);
  }

  private NewCase hearing(String child) {
    return new NewCase(child, program, Set.of(Condition.HEARING), null, null);
  }

  private String child(String placeCode, LocalDate born, boolean consent) {
    String id = UUID.randomUUID().toString();
    patients.put(id, new PatientFacts(id, born, Sex.MALE, placeCode));
    if (consent) {
      consented.add(id);
    }
    return id;
  }

  private List<String> ids(CaseQuery query) {
    return service.cases(query, PageRequest.first(500), COORDINATOR).items().stream()
        .map(CaseView::id)
        .toList();
  }

  private static String milestoneId(CaseView caseView, String kind) {
    return caseView.milestones().stream()
        .filter(m -> m.kind().equals(kind))
        .findFirst()
        .orElseThrow()
        .id();
  }

  private static void assertRule(Runnable call, String rule) {
    assertThatThrownBy(call::run)
        .isInstanceOf(BusinessRuleViolation.class)
        .extracting(e -> ((BusinessRuleViolation) e).rule())
        .isEqualTo(rule);
  }

  private static DataScope scopeOf(Caller caller) {
    if (caller.jurisdiction().contains(XINJIANG)) {
      return DataScope.of(caller.jurisdiction(), PLACES.keySet());
    }
    return DataScope.covering(caller.jurisdiction().toArray(String[]::new));
  }

  @SuppressWarnings("unchecked")
  private static Event<DomainEvent> firedInto(List<DomainEvent> fired) {
    return Stubs.of(
        Event.class,
        Map.of(
            "fire",
            args -> {
              fired.add((DomainEvent) args[0]);
              return null;
            }));
  }

  @SuppressWarnings("unchecked")
  private static Instance<ScreeningsFacade> unresolvable() {
    return Stubs.of(Instance.class, Map.of("isResolvable", args -> false));
  }
}
