package org.alliancecare.reporting.internal.application;

import static org.alliancecare.reporting.internal.application.SampleEvents.ENT;
import static org.alliancecare.reporting.internal.application.SampleEvents.JIAMU_TOWN;
import static org.alliancecare.reporting.internal.application.SampleEvents.PED;
import static org.alliancecare.reporting.internal.application.SampleEvents.QIMING;
import static org.alliancecare.reporting.internal.application.SampleEvents.WENSU;
import static org.alliancecare.reporting.internal.application.SampleEvents.WUSHI;
import static org.alliancecare.reporting.internal.application.SampleEvents.WUSHI_TOWN;
import static org.alliancecare.reporting.internal.application.SampleEvents.id;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.alliancecare.kernel.BusinessClock;
import org.alliancecare.kernel.events.DomainEvent;
import org.alliancecare.referrals.api.SourceKind;
import org.alliancecare.rehabilitation.api.CaseOutcome;
import org.alliancecare.rehabilitation.api.Stage;
import org.alliancecare.reporting.api.AllianceReport;
import org.alliancecare.reporting.api.AllianceReportQuery;
import org.alliancecare.reporting.api.ClinicIndicators;
import org.alliancecare.reporting.api.ProgramIndicators;
import org.alliancecare.reporting.api.ProgramReport;
import org.alliancecare.reporting.api.ProgramReportQuery;
import org.alliancecare.reporting.api.Rebuilt;
import org.alliancecare.reporting.api.RecordedEvent;
import org.alliancecare.reporting.internal.persistence.Indicators;
import org.alliancecare.reporting.internal.persistence.ReadModels;
import org.alliancecare.screening.api.Outcome;
import org.alliancecare.screening.api.ScreeningKind;
import org.alliancecare.testing.MovableClock;
import org.alliancecare.testing.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The read models and their indicators on real PostgreSQL, fed with the events of a story in
 * program QIMING: 阿依古丽 of a township of 乌什县 screened at an outreach clinic, referred, enrolled in
 * phase 1 and carried into phase 2, rehabilitated, with a duplicate registration that is merged
 * into her; 比拉力 of 佳木镇 (温宿县) whose screening is corrected to REFER and whose referral runs late;
 * 迪丽努尔 who moves from 温宿县 to 乌什县 between two screenings; and an adult who is screened at the same
 * clinic. Every event is also written to a journal as the audit module would, so that the rebuild
 * can be compared with the live projection.
 */
class ReportingIT {

  private static final LocalDate MAY_1 = LocalDate.parse("2026-05-01");
  private static final LocalDate MAY_31 = LocalDate.parse("2026-05-31");
  private static final LocalDate JUNE_1 = LocalDate.parse("2026-06-01");
  private static final LocalDate NEXT_MAY_31 = LocalDate.parse("2027-05-31");
  private static final String REH = id();
  private static final Set<String> EVERYWHERE =
      Set.of(WUSHI, WUSHI_TOWN, WENSU, JIAMU_TOWN, "652900", "659002");
  private static final Set<String> PROGRAM_KINDS = Set.of("VISION", "HEARING", "SPEECH");

  private static DataSource dataSource;

  private final MovableClock clock = new MovableClock(Instant.parse("2026-05-04T02:00:00Z"));
  private final List<DomainEvent> happened = new ArrayList<>();
  private final List<RecordedEvent> journal = new ArrayList<>();
  private ReadModels readModels;
  private ReportingService reporting;

  // the story's records
  private final String ayGul = id();
  private final String ayGulAgain = id();
  private final String bilal = id();
  private final String dilnur = id();
  private final String adult = id();
  private final String clinic = id();
  private final String snowedIn = id();
  private final String firstAttendance = id();
  private final String secondAttendance = id();
  private final String ayGulHearing = id();
  private final String ayGulVision = id();
  private final String bilalHearing = id();
  private final String adultHearing = id();
  private final String dilnurInWensu = id();
  private final String dilnurInWushi = id();
  private final String ayGulReferral = id();
  private final String consultation = id();
  private final String bilalReferral = id();
  private final String adultReferral = id();
  private final String ayGulCase = id();
  private final String bilalCase = id();
  private final String diagnosis = id();
  private final String decision = id();
  private final String fitting = id();
  private final String bilalDiagnosis = id();

  @BeforeAll
  static void migrate() {
    TestDatabase database = TestDatabase.get();
    dataSource = database.dataSource(database.migratedDatabase("reporting"));
  }

  @BeforeEach
  void wire() {
    readModels = new ReadModels(dataSource);
    readModels.clear();
    reporting =
        new ReportingService(readModels, new Indicators(dataSource), new BusinessClock(clock));
    clock.setToDay("2026-07-02");
  }

  /** The events happen: projected as the live observer does, and journaled. */
  private void happen(DomainEvent... events) {
    for (DomainEvent event : events) {
      happened.add(event);
      Projection.apply(readModels, event);
      journal.add(JournalPayloadsTest.journaled(journal.size() + 1, event));
    }
  }

  private void theStory() {
    SampleEvents by = new SampleEvents("doctor.wushi");
    LocalDate may4 = LocalDate.parse("2026-05-04");
    happen(
        by.registered(ayGul, WUSHI_TOWN, LocalDate.parse("2024-02-10")),
        by.consent(ayGul),
        by.registered(ayGulAgain, WUSHI, LocalDate.parse("2024-02-10")),
        by.registered(bilal, JIAMU_TOWN, LocalDate.parse("2019-06-01")),
        by.registered(dilnur, JIAMU_TOWN, LocalDate.parse("2017-09-12")),
        by.registered(adult, WUSHI_TOWN, LocalDate.parse("1980-01-01")),
        // the clinic at the township of 乌什县, hosted by ENT and joined by PED
        by.clinic(clinic, ENT, List.of(PED), WUSHI_TOWN, may4),
        by.published(clinic),
        by.started(clinic),
        by.attended(clinic, firstAttendance, ayGul),
        by.attended(clinic, secondAttendance, ayGulAgain),
        by.screened(ayGulHearing, ayGul, ScreeningKind.HEARING, clinic, Outcome.REFER),
        by.screened(adultHearing, adult, ScreeningKind.HEARING, clinic, Outcome.REFER),
        by.completed(clinic),
        by.clinic(snowedIn, ENT, List.of(), WUSHI_TOWN, may4.plusDays(2)),
        by.published(snowedIn),
        by.cancelled(snowedIn),
        by.screened(ayGulVision, ayGulAgain, ScreeningKind.VISION, null, Outcome.PASS),
        by.screened(bilalHearing, bilal, ScreeningKind.HEARING, null, Outcome.PASS),
        by.corrected(bilalHearing, bilal, 2, Outcome.REFER),
        by.screened(dilnurInWensu, dilnur, ScreeningKind.HEARING, null, Outcome.PASS),
        by.moved(dilnur, WUSHI_TOWN),
        by.screened(dilnurInWushi, dilnur, ScreeningKind.SPEECH, null, Outcome.PASS),
        // referrals
        by.requested(
            ayGulReferral,
            ayGul,
            WUSHI_TOWN,
            SourceKind.SCREENING,
            ayGulHearing,
            may4,
            may4.plusDays(30)),
        by.requested(
            consultation,
            ayGul,
            WUSHI_TOWN,
            SourceKind.ATTENDANCE,
            firstAttendance,
            may4,
            may4.plusDays(30)),
        by.declined(consultation, ayGul, WUSHI_TOWN),
        by.requested(
            adultReferral,
            adult,
            WUSHI_TOWN,
            SourceKind.SCREENING,
            adultHearing,
            may4,
            may4.plusDays(30)),
        by.requested(
            bilalReferral,
            bilal,
            JIAMU_TOWN,
            SourceKind.SCREENING,
            bilalHearing,
            may4.plusDays(1),
            LocalDate.parse("2026-05-12")),
        by.accepted(ayGulReferral, ayGul, WUSHI_TOWN),
        by.scheduled(ayGulReferral, ayGul, WUSHI_TOWN));
    by.after(Duration.ofDays(10));
    happen(
        by.referralCompleted(
            ayGulReferral,
            ayGul,
            WUSHI_TOWN,
            SourceKind.SCREENING,
            ayGulHearing,
            may4,
            may4.plusDays(30),
            LocalDate.parse("2026-05-14")),
        // her case in phase 1
        by.enrolled(ayGulCase, ayGul, WUSHI_TOWN, 1, LocalDate.parse("2026-05-15"), ayGulReferral),
        by.planned(
            ayGulCase, ayGul, WUSHI_TOWN, 1, diagnosis, "AUDIOLOGICAL_DIAGNOSIS", day("06-14")),
        by.planned(ayGulCase, ayGul, WUSHI_TOWN, 1, decision, "DEVICE_DECISION", day("06-29")),
        by.planned(ayGulCase, ayGul, WUSHI_TOWN, 1, fitting, "DEVICE_FITTED", day("08-13")),
        by.achieved(
            ayGulCase,
            ayGul,
            WUSHI_TOWN,
            1,
            diagnosis,
            "AUDIOLOGICAL_DIAGNOSIS",
            day("06-14"),
            day("05-20")),
        by.skipped(ayGulCase, ayGul, WUSHI_TOWN, 1, decision, "DEVICE_DECISION", day("06-29")),
        by.achieved(
            ayGulCase, ayGul, WUSHI_TOWN, 1, fitting, "DEVICE_FITTED", day("08-13"), day("05-25")),
        by.stage(
            ayGulCase,
            ayGul,
            WUSHI_TOWN,
            1,
            Stage.ASSESSMENT,
            Stage.INTERVENTION,
            null,
            day("05-25")),
        // phase 1 closes: her case goes on in phase 2
        by.carried(ayGulCase, ayGul, WUSHI_TOWN, 1, 2, day("05-31")),
        by.enrolled(bilalCase, bilal, JIAMU_TOWN, 2, day("06-02"), bilalReferral),
        by.planned(
            bilalCase,
            bilal,
            JIAMU_TOWN,
            2,
            bilalDiagnosis,
            "AUDIOLOGICAL_DIAGNOSIS",
            day("07-02")),
        by.stage(
            ayGulCase,
            ayGul,
            WUSHI_TOWN,
            2,
            Stage.INTERVENTION,
            Stage.REHABILITATION,
            null,
            day("06-05")),
        by.stage(
            ayGulCase,
            ayGul,
            WUSHI_TOWN,
            2,
            Stage.REHABILITATION,
            Stage.CLOSED,
            CaseOutcome.REHABILITATED,
            day("06-20")),
        // the duplicate registration is merged into her; each module moves its records
        by.merged(ayGul, ayGulAgain),
        by.screeningMoved(ayGulVision, ayGul, ayGulAgain),
        by.attendanceMoved(clinic, secondAttendance, ayGulAgain, ayGul));
  }

  private static LocalDate day(String monthAndDay) {
    return LocalDate.parse("2026-" + monthAndDay);
  }

  private ProgramReport phase(Integer phase, Set<String> places) {
    LocalDate from = phase == null ? null : phase == 1 ? MAY_1 : JUNE_1;
    LocalDate to = phase == null ? null : phase == 1 ? MAY_31 : NEXT_MAY_31;
    return reporting.programReport(
        new ProgramReportQuery(QIMING, phase, from, to, PROGRAM_KINDS, 18, places));
  }

  private static Map<String, ProgramIndicators> rows(ProgramReport report) {
    Map<String, ProgramIndicators> rows = new LinkedHashMap<>();
    report.counties().forEach(county -> rows.put(county.countyCode(), county.indicators()));
    return rows;
  }

  @Test
  void phase_1_counts_the_screened_referred_enrolled_and_fitted_children_of_each_county() {
    theStory();

    ProgramReport report = phase(1, EVERYWHERE);

    assertThat(report.asOf()).isEqualTo(day("07-02"));
    assertThat(rows(report))
        .containsExactly(
            // 阿依古丽 (both registrations), 迪丽努尔 after her move; not the adult
            Map.entry(WENSU, new ProgramIndicators(2, 1, 1, 0, null, 0, 0, 0, 1, 0)),
            Map.entry(WUSHI, new ProgramIndicators(2, 1, 1, 1, 10.0, 1, 1, 0, 0, 0)));
    // 迪丽努尔 was screened in both counties: one child in the total
    assertThat(report.total()).isEqualTo(new ProgramIndicators(3, 2, 2, 1, 10.0, 1, 1, 0, 1, 0));
  }

  @Test
  void a_case_carried_into_phase_2_counts_there_too_and_once_in_the_programs_total() {
    theStory();

    ProgramReport phase2 = phase(2, EVERYWHERE);
    ProgramReport all = phase(null, EVERYWHERE);

    assertThat(rows(phase2))
        .containsExactly(
            Map.entry(WENSU, new ProgramIndicators(0, 0, 0, 0, null, 1, 0, 0, 0, 0)),
            Map.entry(WUSHI, new ProgramIndicators(0, 0, 0, 0, null, 1, 0, 1, 0, 0)));
    assertThat(phase2.total()).isEqualTo(new ProgramIndicators(0, 0, 0, 0, null, 2, 0, 1, 0, 0));
    assertThat(rows(all))
        .containsExactly(
            Map.entry(WENSU, new ProgramIndicators(2, 1, 1, 0, null, 1, 0, 0, 1, 0)),
            Map.entry(WUSHI, new ProgramIndicators(2, 1, 1, 1, 10.0, 1, 1, 1, 0, 0)));
    assertThat(all.total()).isEqualTo(new ProgramIndicators(3, 2, 2, 1, 10.0, 2, 1, 1, 1, 0));
  }

  @Test
  void overdue_is_counted_the_day_after_the_due_date_not_on_it() {
    theStory();

    clock.setToDay("2026-05-12"); // 比拉力's referral is due today
    assertThat(phase(1, EVERYWHERE).total().overdueReferrals()).isZero();
    clock.setToDay("2026-05-13");
    assertThat(phase(1, EVERYWHERE).total().overdueReferrals()).isEqualTo(1);

    clock.setToDay("2026-07-02"); // his diagnosis is due today
    assertThat(phase(2, EVERYWHERE).total().overdueMilestones()).isZero();
    clock.setToDay("2026-07-03");
    assertThat(phase(2, EVERYWHERE).total().overdueMilestones()).isEqualTo(1);
    assertThat(rows(phase(2, EVERYWHERE)).get(WENSU).overdueMilestones()).isEqualTo(1);
    // phase 1 has no open case any more
    assertThat(phase(1, EVERYWHERE).total().overdueMilestones()).isZero();
  }

  @Test
  void a_child_counts_for_the_screenings_before_the_eighteenth_birthday_only() {
    twoTeenagersScreened();

    ProgramIndicators wensu = rows(phase(1, EVERYWHERE)).get(WENSU);

    assertThat(wensu.screened()).isEqualTo(1);
    assertThat(wensu.refer()).isZero();
  }

  /** Two children in Wensu around their eighteenth birthday, screened in May 2026. */
  private void twoTeenagersScreened() {
    SampleEvents by = new SampleEvents("doctor.wensu");
    String turnsEighteen = id();
    String alreadyAdult = id();
    happen(
        // 18 on 2026-05-10: screened PASS at 17 (May 4), REFER at 18 (May 12)
        by.registered(turnsEighteen, JIAMU_TOWN, LocalDate.parse("2008-05-10")),
        // 18 on 2026-05-01: screened REFER only after that
        by.registered(alreadyAdult, JIAMU_TOWN, LocalDate.parse("2008-05-01")),
        by.screened(id(), turnsEighteen, ScreeningKind.HEARING, null, Outcome.PASS),
        by.screened(id(), alreadyAdult, ScreeningKind.HEARING, null, Outcome.REFER));
    by.after(Duration.ofDays(8));
    happen(by.screened(id(), turnsEighteen, ScreeningKind.VISION, null, Outcome.REFER));
  }

  @Test
  void only_facts_at_the_places_handed_in_are_counted() {
    theStory();

    ProgramReport wensuOnly = phase(null, Set.of(WENSU, JIAMU_TOWN));

    assertThat(rows(wensuOnly).keySet()).containsExactly(WENSU);
    assertThat(wensuOnly.total()).isEqualTo(rows(wensuOnly).get(WENSU));
    assertThat(phase(null, Set.of()).total()).isEqualTo(ProgramIndicators.NONE);
    assertThat(phase(null, Set.of()).counties()).isEmpty();
  }

  @Test
  void alliances_count_the_clinics_they_held_with_their_patients_screenings_and_referrals() {
    theStory();

    AllianceReport may =
        reporting.allianceReport(
            new AllianceReportQuery(Set.of(ENT, PED, REH), MAY_1, MAY_31, EVERYWHERE));

    // one child seen (her two registrations are one child), two screenings and three referrals at
    // the clinic: the adult's count here, clinics serve everyone; the cancelled clinic was not held
    ClinicIndicators held = new ClinicIndicators(1, 1, 2, 3);
    Map<String, ClinicIndicators> rows = new LinkedHashMap<>();
    may.alliances().forEach(a -> rows.put(a.allianceId(), a.indicators()));
    assertThat(rows)
        .containsOnly(
            Map.entry(ENT, held), Map.entry(PED, held), Map.entry(REH, ClinicIndicators.NONE));
    assertThat(may.total()).isEqualTo(held);
    assertThat(
            reporting
                .allianceReport(
                    new AllianceReportQuery(Set.of(ENT), JUNE_1, NEXT_MAY_31, EVERYWHERE))
                .total())
        .isEqualTo(ClinicIndicators.NONE);
    assertThat(
            reporting
                .allianceReport(new AllianceReportQuery(Set.of(ENT), null, null, Set.of(WENSU)))
                .total())
        .isEqualTo(ClinicIndicators.NONE);
  }

  @Test
  void the_first_days_kept_event_by_event_equal_those_counted_from_the_screenings()
      throws SQLException {
    theStory();
    twoTeenagersScreened();
    List<String> kept = rows("SELECT t::text FROM reporting.screened_child t ORDER BY t::text");
    assertThat(kept).isNotEmpty();

    List<String> counted =
        rows(
            "SELECT t::text FROM (SELECT s.patient_id, s.place_code, s.kind, max(s.county_code)"
                + " AS county_code, min(p.birth_date) AS birth_date,"
                + " min(s.performed_on) AS first_on, min(s.performed_on)"
                + " FILTER (WHERE s.result = 'REFER') AS first_refer_on FROM reporting.screening s"
                + " LEFT JOIN reporting.patient p ON p.patient_id = s.patient_id"
                + " WHERE s.place_code IS NOT NULL GROUP BY s.patient_id, s.place_code, s.kind) t"
                + " ORDER BY t::text");

    assertThat(kept).isEqualTo(counted);
    // the merged duplicate keeps no first days of its own: they moved to the survivor
    assertThat(
            rows(
                "SELECT kind FROM reporting.screened_child WHERE patient_id = '"
                    + ayGulAgain
                    + "'"))
        .isEmpty();
  }

  @Test
  void the_children_kept_per_county_event_by_event_equal_those_counted_from_the_screenings()
      throws SQLException {
    theStory();
    twoTeenagersScreened();
    String perKind =
        "min(s.performed_on) FILTER (WHERE s.kind = '%1$s') AS %2$s_on, min(s.performed_on)"
            + " FILTER (WHERE s.kind = '%1$s' AND s.result = 'REFER') AS %2$s_refer_on";
    String counted =
        "SELECT s.patient_id, a.counted_in, min(p.birth_date) AS birth_date, "
            + perKind.formatted("VISION", "vision")
            + ", "
            + perKind.formatted("HEARING", "hearing")
            + ", "
            + perKind.formatted("SPEECH", "speech")
            + " FROM reporting.screening s"
            + " LEFT JOIN reporting.patient p ON p.patient_id = s.patient_id"
            + " CROSS JOIN LATERAL (VALUES (s.county_code), ('*')) AS a (counted_in)"
            + " WHERE s.place_code IS NOT NULL AND a.counted_in IS NOT NULL"
            + " GROUP BY s.patient_id, a.counted_in";

    List<String> kept = rows("SELECT t::text FROM reporting.counted_child t ORDER BY t::text");

    assertThat(kept)
        .hasSizeGreaterThan(4)
        .isEqualTo(rows("SELECT t::text FROM (" + counted + ") t ORDER BY t::text"));
    // Dilnur, screened in two counties: a row in each and one over every place
    assertThat(
            rows(
                "SELECT counted_in FROM reporting.counted_child WHERE patient_id = '"
                    + dilnur
                    + "'"))
        .containsExactlyInAnyOrder("*", WENSU, WUSHI);
    assertThat(
            rows(
                "SELECT counted_in FROM reporting.counted_child WHERE patient_id = '"
                    + ayGulAgain
                    + "'"))
        .isEmpty();
    assertThat(rows("SELECT place_code FROM reporting.screened_place ORDER BY 1"))
        .isEqualTo(
            rows(
                "SELECT DISTINCT place_code FROM reporting.screening"
                    + " WHERE place_code IS NOT NULL ORDER BY 1"));
  }

  @Test
  void the_birth_dates_kept_on_screenings_and_referrals_are_those_of_their_children()
      throws SQLException {
    theStory();
    twoTeenagersScreened();
    SampleEvents by = new SampleEvents("doctor.wushi");
    String registeredLate = id();
    String earlyReferral = id();
    happen(
        // the adult's referral moves to Bilal, a child
        by.referralReassigned(adultReferral, bilal, adult, WUSHI_TOWN),
        // a referral projected before its child's registration
        by.requested(
            earlyReferral,
            registeredLate,
            JIAMU_TOWN,
            SourceKind.CASE,
            id(),
            day("05-20"),
            day("06-20")),
        by.registered(registeredLate, JIAMU_TOWN, LocalDate.parse("2021-03-03")));

    for (String table : List.of("screening", "referral", "screened_child", "counted_child")) {
      assertThat(
              rows(
                  "SELECT t::text FROM reporting."
                      + table
                      + " t LEFT JOIN reporting.patient p ON p.patient_id = t.patient_id"
                      + " WHERE t.birth_date IS DISTINCT FROM p.birth_date"))
          .as(table)
          .isEmpty();
    }
    assertThat(
            rows(
                "SELECT birth_date::text FROM reporting.screening WHERE screening_id = '"
                    + ayGulVision
                    + "'"))
        .containsExactly("2024-02-10");
    assertThat(
            rows(
                "SELECT birth_date::text FROM reporting.referral WHERE referral_id IN ('"
                    + adultReferral
                    + "', '"
                    + earlyReferral
                    + "') ORDER BY 1"))
        .containsExactly("2019-06-01", "2021-03-03");
  }

  @Test
  void the_program_from_the_kept_first_days_equals_the_count_of_every_screening() {
    theStory();
    twoTeenagersScreened();
    Indicators indicators = new Indicators(dataSource);
    LocalDate today = day("07-02");
    List<ProgramReportQuery> queries = new ArrayList<>();
    for (Set<String> places : List.of(EVERYWHERE, Set.of(WENSU, JIAMU_TOWN), Set.of(WUSHI_TOWN))) {
      for (LocalDate to : new LocalDate[] {null, day("05-04"), day("05-11"), MAY_31}) {
        for (int maxAge : new int[] {18, 3, 1}) {
          queries.add(
              new ProgramReportQuery(QIMING, null, null, to, PROGRAM_KINDS, maxAge, places));
          queries.add(
              new ProgramReportQuery(QIMING, null, null, to, Set.of("VISION"), maxAge, places));
        }
      }
    }
    int differing = 0;
    for (ProgramReportQuery query : queries) {
      ProgramReport kept = indicators.program(query, today);
      assertThat(kept)
          .as(query.toString())
          .isEqualTo(indicators.programFromEveryScreening(query, today))
          .isEqualTo(indicators.programFromFirstsPerPlace(query, today));
      // the children kept per county answer for every place screened at, and only then
      assertThat(indicators.countsChildrenPerCounty(query))
          .as(query.toString())
          .isEqualTo(query.places().equals(EVERYWHERE));
      if (!kept.equals(indicators.program(queries.get(0), today))) {
        differing++;
      }
    }
    // the queries ask different questions: most answers differ from the first one's
    assertThat(differing).isGreaterThan(queries.size() / 2);
    assertThat(indicators.program(queries.get(0), today).total().screened()).isPositive();
  }

  /** The first column of every row the statement answers. */
  private static List<String> rows(String sql) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery(sql)) {
      while (row.next()) {
        rows.add(row.getString(1));
      }
    }
    return rows;
  }

  @Test
  void projecting_every_event_again_changes_nothing() throws SQLException {
    theStory();
    Map<String, List<String>> once = tables();

    happened.forEach(event -> Projection.apply(readModels, event));

    assertThat(tables()).isEqualTo(once);
  }

  @Test
  void an_older_event_projected_again_does_not_undo_a_newer_one() throws SQLException {
    theStory();
    Map<String, List<String>> before = tables();

    happened.stream()
        .filter(
            e -> e.eventType().equals("ReferralAccepted") || e.eventType().equals("ClinicStarted"))
        .forEach(event -> Projection.apply(readModels, event));

    assertThat(tables()).isEqualTo(before);
  }

  @Test
  void the_read_models_rebuilt_from_the_journal_equal_the_live_ones() throws SQLException {
    theStory();
    Map<String, List<String>> live = tables();
    List<ProgramReport> liveReports =
        List.of(phase(1, EVERYWHERE), phase(2, EVERYWHERE), phase(null, EVERYWHERE));

    Rebuilt rebuilt = reporting.rebuild(journal);

    assertThat(rebuilt.eventsRead()).isEqualTo(journal.size());
    assertThat(rebuilt.eventsProjected()).isEqualTo(journal.size() - 1); // not the consent
    assertThat(tables()).isEqualTo(live);
    assertThat(List.of(phase(1, EVERYWHERE), phase(2, EVERYWHERE), phase(null, EVERYWHERE)))
        .isEqualTo(liveReports);
  }

  @Test
  void a_rebuild_waits_for_a_transaction_that_is_projecting() throws Exception {
    theStory();
    Map<String, List<String>> live = tables();
    try (Connection projecting = dataSource.getConnection()) {
      projecting.setAutoCommit(false);
      new ReadModels(onlyThrough(projecting)).holdAgainstRebuild();

      CompletableFuture<Rebuilt> rebuild =
          CompletableFuture.supplyAsync(() -> reporting.rebuild(journal));
      Thread.sleep(500);
      assertThat(rebuild).isNotDone();

      projecting.commit();
      assertThat(rebuild.get(30, TimeUnit.SECONDS).eventsRead()).isEqualTo(journal.size());
    }
    assertThat(tables()).isEqualTo(live);
  }

  /** Every row of every read model, as text, in order. */
  private static Map<String, List<String>> tables() throws SQLException {
    Map<String, List<String>> tables = new LinkedHashMap<>();
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      for (String table :
          List.of(
              "patient",
              "screening",
              "referral",
              "screened_child",
              "counted_child",
              "screened_place",
              "case_file",
              "case_phase",
              "milestone",
              "clinic",
              "clinic_alliance",
              "attendance")) {
        List<String> rows = new ArrayList<>();
        try (ResultSet row =
            statement.executeQuery(
                "SELECT t::text FROM reporting." + table + " t ORDER BY t::text")) {
          while (row.next()) {
            rows.add(row.getString(1));
          }
        }
        tables.put(table, rows);
      }
    }
    assertThat(tables.get("case_phase")).isNotEmpty();
    return tables;
  }

  /** A data source that hands out one connection (whose close leaves it open). */
  private static DataSource onlyThrough(Connection connection) {
    Connection kept =
        (Connection)
            Proxy.newProxyInstance(
                ReportingIT.class.getClassLoader(),
                new Class<?>[] {Connection.class},
                (proxy, method, args) ->
                    method.getName().equals("close") ? null : method.invoke(connection, args));
    return (DataSource)
        Proxy.newProxyInstance(
            ReportingIT.class.getClassLoader(),
            new Class<?>[] {DataSource.class},
            (proxy, method, args) -> {
              if (method.getName().equals("getConnection")) {
                return kept;
              }
              throw new UnsupportedOperationException(method.getName());
            });
  }
}
