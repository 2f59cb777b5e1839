package org.alliancecare.referrals.internal.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.enterprise.event.Event;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.alliancecare.directory.api.Caller;
import org.alliancecare.directory.api.DataScope;
import org.alliancecare.directory.api.DirectoryFacade;
import org.alliancecare.directory.api.Organisation;
import org.alliancecare.directory.api.OrganisationKind;
import org.alliancecare.directory.api.Origin;
import org.alliancecare.directory.api.Place;
import org.alliancecare.directory.api.PlaceLevel;
import org.alliancecare.directory.api.Practitioner;
import org.alliancecare.directory.api.Role;
import org.alliancecare.kernel.BusinessClock;
import org.alliancecare.kernel.BusinessRuleViolation;
import org.alliancecare.kernel.InvalidInput;
import org.alliancecare.kernel.Page;
import org.alliancecare.kernel.PageRequest;
import org.alliancecare.kernel.RecordNotFound;
import org.alliancecare.kernel.StaleVersion;
import org.alliancecare.kernel.events.DomainEvent;
import org.alliancecare.patients.api.PatientFacts;
import org.alliancecare.patients.api.PatientsFacade;
import org.alliancecare.patients.api.Sex;
import org.alliancecare.patients.api.events.PatientsMerged;
import org.alliancecare.referrals.api.NewReferral;
import org.alliancecare.referrals.api.NotAllowedToAct;
import org.alliancecare.referrals.api.ReferralCompletion;
import org.alliancecare.referrals.api.ReferralQuery;
import org.alliancecare.referrals.api.ReferralSource;
import org.alliancecare.referrals.api.ReferralStatus;
import org.alliancecare.referrals.api.ReferralView;
import org.alliancecare.referrals.api.SourceKind;
import org.alliancecare.referrals.api.TransitionView;
import org.alliancecare.referrals.api.Urgency;
import org.alliancecare.referrals.api.events.ReferralCompleted;
import org.alliancecare.referrals.api.events.ReferralEvent;
import org.alliancecare.referrals.api.events.ReferralReassigned;
import org.alliancecare.referrals.api.events.ReferralRequested;
import org.alliancecare.referrals.internal.persistence.ReferralStore;
import org.alliancecare.testing.MovableClock;
import org.alliancecare.testing.Stubs;
import org.alliancecare.testing.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The referrals facade wired by hand over the migrated schema on real PostgreSQL, with a clock the
 * test moves, and the directory and patients answered by stand-ins: children of 乌什县 (Wushi, 652927)
 * and of 尤鲁都斯巴格镇 (a township of 新和县, 652925) referred to Aksu's hospitals.
 */
class ReferralsServiceIT {

  private static final String WUSHI = "652927";
  private static final String XINHE = "652925";
  private static final String YULUDUSIBAGE = "652925-T01";
  private static final String AKSU = "652900";
  private static final String AKSU_MCH = UUID.randomUUID().toString();
  private static final String AKSU_H1 = UUID.randomUUID().toString();
  private static final Map<String, Place> PLACES =
      Map.of(
          "650000",
          new Place("650000", null, PlaceLevel.PROVINCE, "新疆维吾尔自治区", "Xinjiang"),
          AKSU,
          new Place(AKSU, "650000", PlaceLevel.PREFECTURE, "阿克苏地区", "Aksu Prefecture"),
          WUSHI,
          new Place(WUSHI, AKSU, PlaceLevel.COUNTY, "乌什县", "Wushi County"),
          XINHE,
          new Place(XINHE, AKSU, PlaceLevel.COUNTY, "新和县", "Xinhe County"),
          YULUDUSIBAGE,
          new Place(YULUDUSIBAGE, XINHE, PlaceLevel.TOWNSHIP, "尤鲁都斯巴格镇", "Yuludusibage Town"));
  private static final Caller WUSHI_DOCTOR =
      new Caller("dr.aysha", "Aysha", Set.of(Role.DOCTOR), Set.of(WUSHI), null);

  /**
   * A paediatrician of Aksu's maternal and child health hospital, where referrals are addressed.
   */
  private static final Caller MCH_DOCTOR =
      new Caller("dr.gulnar", "Gulnar", Set.of(Role.DOCTOR), Set.of(AKSU), "pr-mch");

  /** A doctor of the prefecture's first hospital: sees the referrals, is not addressed by them. */
  private static final Caller H1_DOCTOR =
      new Caller("dr.ahmat", "Ahmat", Set.of(Role.DOCTOR), Set.of(AKSU), "pr-h1");

  private static final Map<String, Practitioner> PRACTITIONERS =
      Map.of(
          "pr-mch", practitioner("pr-mch", AKSU_MCH),
          "pr-h1", practitioner("pr-h1", AKSU_H1));
  private static final Caller PREFECTURE_COORDINATOR =
      new Caller("coord.wang", "Wang", Set.of(Role.COORDINATOR), Set.of(AKSU), null);

  private static DataSource dataSource;

  private final Map<String, PatientFacts> patients = new java.util.HashMap<>();
  private final List<DomainEvent> fired = new ArrayList<>();
  private final MovableClock clock = new MovableClock(Instant.parse("2026-05-04T03:00:00Z"));
  private ReferralsService service;

  @BeforeAll
  static void migrate() {
    TestDatabase database = TestDatabase.get();
    dataSource = database.dataSource(database.migratedDatabase("referrals"));
  }

  @BeforeEach
  void wire() {
    service = new ReferralsService();
    service.store = new ReferralStore(dataSource);
    service.clock = new BusinessClock(clock);
    service.patients =
        Stubs.of(
            PatientsFacade.class,
            Map.of("facts", args -> Optional.ofNullable(patients.get((String) args[0]))));
    service.directory =
        Stubs.of(
            DirectoryFacade.class,
            Map.of(
                "scopeOf", args -> scopeOf((Caller) args[0]),
                "findOrganisation",
                    args ->
                        Set.of(AKSU_MCH, AKSU_H1).contains(args[0])
                            ? Optional.of(
                                new Organisation(
                                    (String) args[0],
                                    "AKS-MCH",
                                    OrganisationKind.HOSPITAL,
                                    "阿克苏地区妇幼保健院",
                                    "Aksu MCH",
                                    "652901",
                                    "Xinjiang"))
                            : Optional.empty(),
                "findPlace", args -> Optional.ofNullable(PLACES.get((String) args[0])),
                "findPractitioner",
                    args -> Optional.ofNullable(PRACTITIONERS.get((String) args[0])),
                "countyOf",
                    args ->
                        Optional.ofNullable(
                            PLACES.get(
                                ((String) args[0]).equals(YULUDUSIBAGE)
                                    ? XINHE
                                    : (String) args[0]))));
    service.events = firedInto(fired);
  }

  @Test
  void overdue_is_false_on_the_due_date_and_true_the_day_after() {
    String patient = child(WUSHI, LocalDate.of(2019, 3, 1));
    ReferralView referral = service.request(routine(patient, AKSU_MCH), WUSHI_DOCTOR);
    assertThat(referral.dueOn()).isEqualTo(LocalDate.of(2026, 6, 3));

    clock.setTo("2026-06-03T15:59:59Z"); // 23:59:59 on the due date in Beijing time
    assertThat(service.referral(referral.id(), WUSHI_DOCTOR).overdue()).isFalse();
    assertThat(ids(service.referrals(overdue(true), PageRequest.first(50), WUSHI_DOCTOR)))
        .doesNotContain(referral.id());
    assertThat(ids(service.referrals(overdue(false), PageRequest.first(50), WUSHI_DOCTOR)))
        .contains(referral.id());

    clock.setTo("2026-06-03T16:00:00Z"); // midnight: 4 June in Beijing time
    assertThat(service.referral(referral.id(), WUSHI_DOCTOR).overdue()).isTrue();
    assertThat(ids(service.referrals(overdue(true), PageRequest.first(50), WUSHI_DOCTOR)))
        .contains(referral.id());
    assertThat(ids(service.referrals(overdue(false), PageRequest.first(50), WUSHI_DOCTOR)))
        .doesNotContain(referral.id());
  }

  @Test
  void a_completed_referral_is_never_overdue() {
    String patient = child(WUSHI, LocalDate.of(2019, 3, 1));
    ReferralView referral = service.request(routine(patient, AKSU_MCH), WUSHI_DOCTOR);
    ReferralView completed = walkToCompletion(referral);

    clock.setTo("2027-01-01T03:00:00Z");

    assertThat(service.referral(completed.id(), WUSHI_DOCTOR).overdue()).isFalse();
    assertThat(ids(service.referrals(overdue(true), PageRequest.first(50), WUSHI_DOCTOR)))
        .doesNotContain(completed.id());
  }

  @Test
  void the_closed_loop_is_stored_with_its_history_and_each_step_raises_an_event() {
    String patient = child(WUSHI, LocalDate.of(2019, 3, 1));
    ReferralView requested = service.request(routine(patient, AKSU_MCH), WUSHI_DOCTOR);

    ReferralView completed = walkToCompletion(requested);

    ReferralView stored = service.referral(requested.id(), PREFECTURE_COORDINATOR);
    assertThat(stored.status()).isEqualTo(ReferralStatus.COMPLETED);
    assertThat(stored.version()).isEqualTo(4).isEqualTo(completed.version());
    assertThat(stored.outcome()).isEqualTo("bilateral sensorineural hearing loss");
    assertThat(stored.findings()).isEqualTo("ABR thresholds 70 dB nHL in both ears");
    assertThat(stored.appointmentAt()).isEqualTo(Instant.parse("2026-05-12T02:30:00Z"));
    assertThat(stored.referralNumber()).matches("RF-2026-\\d{6}");
    assertThat(stored.transitions())
        .extracting(TransitionView::from, TransitionView::to, TransitionView::by)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(null, ReferralStatus.REQUESTED, "dr.aysha"),
            org.assertj.core.groups.Tuple.tuple(
                ReferralStatus.REQUESTED, ReferralStatus.ACCEPTED, "coord.wang"),
            org.assertj.core.groups.Tuple.tuple(
                ReferralStatus.ACCEPTED, ReferralStatus.SCHEDULED, "coord.wang"),
            org.assertj.core.groups.Tuple.tuple(
                ReferralStatus.SCHEDULED, ReferralStatus.COMPLETED, "coord.wang"));
    List<ReferralEvent> events =
        fired.stream()
            .filter(ReferralEvent.class::isInstance)
            .map(ReferralEvent.class::cast)
            .filter(e -> e.referralId().equals(requested.id()))
            .toList();
    assertThat(events)
        .extracting(ReferralEvent::status)
        .containsExactly(
            ReferralStatus.REQUESTED,
            ReferralStatus.ACCEPTED,
            ReferralStatus.SCHEDULED,
            ReferralStatus.COMPLETED);
    assertThat(events)
        .allSatisfy(
            e -> {
              assertThat(e.patientId()).contains(patient);
              assertThat(e.placeCode()).isEqualTo(WUSHI);
              assertThat(e.countyCode()).isEqualTo(WUSHI);
              assertThat(e.streamType()).isEqualTo("Referral");
            });
    ReferralCompleted completion = (ReferralCompleted) events.get(3);
    assertThat(completion.sourceKind()).isEqualTo(SourceKind.SCREENING);
    assertThat(completion.sourceId()).isEqualTo(requested.source().id());
    assertThat(completion.outcome()).isEqualTo("bilateral sensorineural hearing loss");
    assertThat(completion.completedOn()).isEqualTo(LocalDate.of(2026, 5, 4));
  }

  @Test
  void a_transition_on_an_old_version_is_stale_and_a_wrong_one_is_refused_by_name() {
    String patient = child(WUSHI, LocalDate.of(2019, 3, 1));
    ReferralView requested = service.request(routine(patient, AKSU_MCH), WUSHI_DOCTOR);
    service.accept(requested.id(), 1, PREFECTURE_COORDINATOR);

    assertThatThrownBy(() -> service.cancel(requested.id(), 1, "moved", WUSHI_DOCTOR))
        .isInstanceOf(StaleVersion.class);
    assertThatThrownBy(() -> service.decline(requested.id(), 2, "no capacity", MCH_DOCTOR))
        .isInstanceOf(BusinessRuleViolation.class)
        .extracting(e -> ((BusinessRuleViolation) e).rule())
        .isEqualTo("invalid-transition");
    assertThat(service.referral(requested.id(), WUSHI_DOCTOR).status())
        .isEqualTo(ReferralStatus.ACCEPTED);
    assertThat(service.referral(requested.id(), WUSHI_DOCTOR).transitions()).hasSize(2);
  }

  @Test
  void only_the_receiving_organisation_or_a_coordinator_accepts_schedules_completes_and_declines() {
    String patient = child(WUSHI, LocalDate.of(2019, 3, 1));
    ReferralView requested = service.request(routine(patient, AKSU_MCH), WUSHI_DOCTOR);
    ReferralView declinable = service.request(routine(patient, AKSU_MCH), WUSHI_DOCTOR);
    int eventsBefore = fired.size();

    for (Caller notAddressed : List.of(WUSHI_DOCTOR, H1_DOCTOR)) {
      assertThatThrownBy(() -> service.accept(requested.id(), 1, notAddressed))
          .as(notAddressed.username())
          .isInstanceOf(NotAllowedToAct.class);
      assertThatThrownBy(() -> service.decline(declinable.id(), 1, "no capacity", notAddressed))
          .as(notAddressed.username())
          .isInstanceOf(NotAllowedToAct.class);
    }
    assertThat(service.referral(requested.id(), WUSHI_DOCTOR).status())
        .isEqualTo(ReferralStatus.REQUESTED);
    assertThat(service.referral(requested.id(), WUSHI_DOCTOR).version()).isEqualTo(1);
    assertThat(fired).hasSize(eventsBefore);

    ReferralView accepted = service.accept(requested.id(), 1, MCH_DOCTOR);
    assertThatThrownBy(
            () ->
                service.schedule(
                    accepted.id(), 2, Instant.parse("2026-05-12T02:30:00Z"), WUSHI_DOCTOR))
        .isInstanceOf(NotAllowedToAct.class);
    ReferralView scheduled =
        service.schedule(accepted.id(), 2, Instant.parse("2026-05-12T02:30:00Z"), MCH_DOCTOR);
    assertThatThrownBy(
            () ->
                service.complete(
                    scheduled.id(), 3, new ReferralCompletion("seen", "normal"), H1_DOCTOR))
        .isInstanceOf(NotAllowedToAct.class);
    ReferralView completed =
        service.complete(scheduled.id(), 3, new ReferralCompletion("seen", "normal"), MCH_DOCTOR);
    assertThat(completed.status()).isEqualTo(ReferralStatus.COMPLETED);
    assertThat(service.decline(declinable.id(), 1, "no capacity", PREFECTURE_COORDINATOR).status())
        .isEqualTo(ReferralStatus.DECLINED);
    assertThat(completed.transitions())
        .extracting(TransitionView::by)
        .containsExactly("dr.aysha", "dr.gulnar", "dr.gulnar", "dr.gulnar");
  }

  @Test
  void only_the_requester_or_a_coordinator_cancels() {
    String patient = child(WUSHI, LocalDate.of(2019, 3, 1));
    ReferralView byRequester = service.request(routine(patient, AKSU_MCH), WUSHI_DOCTOR);
    ReferralView byCoordinator = service.request(routine(patient, AKSU_MCH), WUSHI_DOCTOR);

    assertThatThrownBy(() -> service.cancel(byRequester.id(), 1, "moved", MCH_DOCTOR))
        .isInstanceOf(NotAllowedToAct.class);
    assertThatThrownBy(() -> service.cancel(byRequester.id(), 1, "moved", H1_DOCTOR))
        .isInstanceOf(NotAllowedToAct.class);

    assertThat(service.cancel(byRequester.id(), 1, "moved", WUSHI_DOCTOR).status())
        .isEqualTo(ReferralStatus.CANCELLED);
    assertThat(service.cancel(byCoordinator.id(), 1, "moved", PREFECTURE_COORDINATOR).status())
        .isEqualTo(ReferralStatus.CANCELLED);
  }

  @Test
  void the_steps_a_caller_is_offered_are_those_of_the_state_machine_that_are_theirs() {
    String patient = child(WUSHI, LocalDate.of(2019, 3, 1));
    ReferralView requested = service.request(routine(patient, AKSU_MCH), WUSHI_DOCTOR);

    assertThat(service.steps(requested.id(), WUSHI_DOCTOR))
        .containsExactly(ReferralStatus.CANCELLED);
    assertThat(service.steps(requested.id(), MCH_DOCTOR))
        .containsExactlyInAnyOrder(ReferralStatus.ACCEPTED, ReferralStatus.DECLINED);
    assertThat(service.steps(requested.id(), H1_DOCTOR)).isEmpty();
    assertThat(service.steps(requested.id(), PREFECTURE_COORDINATOR))
        .containsExactlyInAnyOrder(
            ReferralStatus.ACCEPTED, ReferralStatus.DECLINED, ReferralStatus.CANCELLED);

    service.accept(requested.id(), 1, MCH_DOCTOR);
    assertThat(service.steps(requested.id(), MCH_DOCTOR)).containsExactly(ReferralStatus.SCHEDULED);
    service.cancel(requested.id(), 2, "moved", WUSHI_DOCTOR);
    assertThat(service.steps(requested.id(), PREFECTURE_COORDINATOR)).isEmpty();
    assertThat(service.steps(requested.id(), MCH_DOCTOR)).isEmpty();
  }

  @Test
  void an_infants_hearing_referral_is_due_by_the_day_the_child_is_three_months_old() {
    String infant = child(WUSHI, LocalDate.of(2026, 3, 20));

    ReferralView referral = service.request(routine(infant, AKSU_MCH), WUSHI_DOCTOR);
    ReferralView urgent =
        service.request(
            new NewReferral(
                infant, screening(), AKSU_MCH, "AUDIOLOGY", Urgency.URGENT, "OAE REFER", null),
            WUSHI_DOCTOR);
    ReferralView eyes =
        service.request(
            new NewReferral(
                infant,
                screening(),
                AKSU_MCH,
                "OPHTHALMOLOGY",
                Urgency.ROUTINE,
                "red reflex",
                null),
            WUSHI_DOCTOR);

    assertThat(referral.dueOn()).isEqualTo(LocalDate.of(2026, 6, 3));
    assertThat(urgent.dueOn()).isEqualTo(LocalDate.of(2026, 5, 11));
    assertThat(eyes.dueOn()).isEqualTo(LocalDate.of(2026, 6, 3));
    String younger = child(WUSHI, LocalDate.of(2026, 2, 10));
    assertThat(service.request(routine(younger, AKSU_MCH), WUSHI_DOCTOR).dueOn())
        .isEqualTo(LocalDate.of(2026, 5, 10));
  }

  @Test
  void a_referral_needs_an_organisation_that_exists_and_a_patient_in_scope() {
    String wushiChild = child(WUSHI, LocalDate.of(2019, 3, 1));
    String xinheChild = child(YULUDUSIBAGE, LocalDate.of(2018, 7, 9));

    assertThatThrownBy(
            () -> service.request(routine(wushiChild, UUID.randomUUID().toString()), WUSHI_DOCTOR))
        .isInstanceOf(InvalidInput.class)
        .satisfies(
            e ->
                assertThat(((InvalidInput) e).errors())
                    .extracting(InvalidInput.FieldError::field)
                    .containsExactly("toOrganisationId"));
    assertThatThrownBy(() -> service.request(routine(xinheChild, AKSU_MCH), WUSHI_DOCTOR))
        .isInstanceOf(RecordNotFound.class);
    assertThatThrownBy(
            () -> service.request(routine(UUID.randomUUID().toString(), AKSU_MCH), WUSHI_DOCTOR))
        .isInstanceOf(RecordNotFound.class);
  }

  @Test
  void work_lists_filter_by_status_organisation_and_place_within_the_callers_scope() {
    String wushiChild = child(WUSHI, LocalDate.of(2019, 3, 1));
    String xinheChild = child(YULUDUSIBAGE, LocalDate.of(2018, 7, 9));
    ReferralView toMch = service.request(routine(wushiChild, AKSU_MCH), WUSHI_DOCTOR);
    ReferralView toH1 = service.request(routine(xinheChild, AKSU_H1), PREFECTURE_COORDINATOR);
    service.accept(toH1.id(), 1, PREFECTURE_COORDINATOR);

    assertThat(
            ids(
                service.referrals(
                    ReferralQuery.everything(), PageRequest.first(500), WUSHI_DOCTOR)))
        .contains(toMch.id())
        .doesNotContain(toH1.id());
    assertThatThrownBy(() -> service.referral(toH1.id(), WUSHI_DOCTOR))
        .isInstanceOf(RecordNotFound.class);
    assertThat(
            ids(
                service.referrals(
                    new ReferralQuery(null, null, null, XINHE),
                    PageRequest.first(500),
                    PREFECTURE_COORDINATOR)))
        .contains(toH1.id())
        .doesNotContain(toMch.id());
    assertThat(
            ids(
                service.referrals(
                    new ReferralQuery(null, null, AKSU_H1, null),
                    PageRequest.first(500),
                    PREFECTURE_COORDINATOR)))
        .contains(toH1.id())
        .doesNotContain(toMch.id());
    assertThat(
            ids(
                service.referrals(
                    new ReferralQuery(ReferralStatus.ACCEPTED, null, null, null),
                    PageRequest.first(500),
                    PREFECTURE_COORDINATOR)))
        .contains(toH1.id())
        .doesNotContain(toMch.id());
  }

  @Test
  void the_referrals_of_many_patients_are_read_at_once_within_the_callers_scope() {
    String wushiChild = child(WUSHI, LocalDate.of(2019, 3, 1));
    String xinheChild = child(YULUDUSIBAGE, LocalDate.of(2018, 7, 9));
    ReferralView wushi = service.request(routine(wushiChild, AKSU_MCH), WUSHI_DOCTOR);
    ReferralView xinhe = service.request(routine(xinheChild, AKSU_H1), PREFECTURE_COORDINATOR);
    List<String> asked = List.of(xinheChild, wushiChild, "not-a-patient");

    assertThat(service.referralsOfPatients(asked, WUSHI_DOCTOR))
        .extracting(ReferralView::id)
        .containsExactly(wushi.id());
    assertThat(service.referralsOfPatients(asked, PREFECTURE_COORDINATOR))
        .extracting(ReferralView::id)
        .containsExactlyInAnyOrder(wushi.id(), xinhe.id());
    assertThat(service.referralsOfPatients(List.of(wushiChild), WUSHI_DOCTOR))
        .isEqualTo(service.referralsOf(wushiChild, WUSHI_DOCTOR));
    assertThat(service.referralsOfPatients(List.of(), WUSHI_DOCTOR)).isEmpty();
  }

  @Test
  void a_work_list_pages_by_due_date_without_gaps_or_repeats() {
    String patient = child(WUSHI, LocalDate.of(2019, 3, 1));
    for (int i = 0; i < 5; i++) {
      service.request(routine(patient, AKSU_MCH), WUSHI_DOCTOR);
    }
    List<String> all =
        ids(service.referrals(ReferralQuery.everything(), PageRequest.first(500), WUSHI_DOCTOR));

    List<String> paged = new ArrayList<>();
    Page<ReferralView> page =
        service.referrals(ReferralQuery.everything(), PageRequest.first(2), WUSHI_DOCTOR);
    paged.addAll(ids(page));
    while (page.nextCursor() != null) {
      page =
          service.referrals(
              ReferralQuery.everything(), PageRequest.of(2, page.nextCursor()), WUSHI_DOCTOR);
      paged.addAll(ids(page));
    }

    assertThat(paged).containsExactlyElementsOf(all).doesNotHaveDuplicates();
  }

  @Test
  void a_merged_duplicates_referrals_move_to_the_survivor() throws SQLException {
    String survivor = child(WUSHI, LocalDate.of(2019, 3, 1));
    String duplicate = child(WUSHI, LocalDate.of(2019, 3, 1));
    ReferralView referral = service.request(routine(duplicate, AKSU_MCH), WUSHI_DOCTOR);
    PatientMerges merges = new PatientMerges();
    merges.store = service.store;
    merges.events = service.events;

    merges.moveReferrals(
        new PatientsMerged(
            survivor, duplicate, "coord.wang", Instant.parse("2026-05-05T01:00:00Z")));

    assertThat(service.referral(referral.id(), WUSHI_DOCTOR).patientId()).isEqualTo(survivor);
    assertThat(patientOfRow(referral.id())).isEqualTo(survivor);
    assertThat(fired)
        .filteredOn(ReferralReassigned.class::isInstance)
        .singleElement()
        .satisfies(
            e -> {
              ReferralReassigned moved = (ReferralReassigned) e;
              assertThat(moved.patient()).isEqualTo(survivor);
              assertThat(moved.previousPatient()).isEqualTo(duplicate);
              assertThat(moved.actor()).isEqualTo("coord.wang");
            });
    assertThat(fired).filteredOn(ReferralRequested.class::isInstance).hasSize(1);
  }

  private ReferralView walkToCompletion(ReferralView requested) {
    ReferralView accepted =
        service.accept(requested.id(), requested.version(), PREFECTURE_COORDINATOR);
    ReferralView scheduled =
        service.schedule(
            accepted.id(),
            accepted.version(),
            Instant.parse("2026-05-12T02:30:00Z"),
            PREFECTURE_COORDINATOR);
    return service.complete(
        scheduled.id(),
        scheduled.version(),
        new ReferralCompletion(
            "bilateral sensorineural hearing loss", "ABR thresholds 70 dB nHL in both ears"),
        PREFECTURE_COORDINATOR);
  }

  private static Practitioner practitioner(String id, String organisationId) {
    return new Practitioner(
        id, id, "PEDIATRICS", Origin.LOCAL, organisationId, null, null, null, 1);
  }

  private String child(String placeCode, LocalDate born) {
    String id = UUID.randomUUID().toString();
    patients.put(id, new PatientFacts(id, born, Sex.FEMALE, placeCode));
    return id;
  }

  private static NewReferral routine(String patient, String organisation) {
    return new NewReferral(
        patient,
        screening(),
        organisation,
        "OTOLARYNGOLOGY",
        Urgency.ROUTINE,
        "REFER in both ears on OAE at the outreach clinic",
        null);
  }

  private static ReferralSource screening() {
    return new ReferralSource(SourceKind.SCREENING, UUID.randomUUID().toString());
  }

  private static ReferralQuery overdue(boolean overdue) {
    return new ReferralQuery(null, overdue, null, null);
  }

  private static List<String> ids(Page<ReferralView> page) {
    return page.items().stream().map(ReferralView::id).toList();
  }

  private static DataScope scopeOf(Caller caller) {
    if (caller.jurisdiction().contains(AKSU)) {
      return DataScope.of(
          caller.jurisdiction(),
          PLACES.keySet().stream()
              .filter(c -> !c.equals("650000"))
              .collect(java.util.stream.Collectors.toSet()));
    }
    return DataScope.covering(caller.jurisdiction().toArray(String[]::new));
  }

  private static String patientOfRow(String referralId) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select =
            connection.prepareStatement("SELECT patient_id FROM referrals.referral WHERE id = ?")) {
      select.setObject(1, UUID.fromString(referralId));
      try (ResultSet row = select.executeQuery()) {
        row.next();
        return row.getString(1);
      }
    }
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
}
