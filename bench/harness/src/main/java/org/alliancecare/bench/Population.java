package org.alliancecare.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.alliancecare.audit.internal.domain.HashChain;
import org.alliancecare.kernel.events.DomainEvent;
import org.alliancecare.rehabilitation.api.events.PhaseClosed;
import org.alliancecare.rehabilitation.api.events.PhaseOpened;
import org.alliancecare.rehabilitation.api.events.PhasePlanned;

/**
 * A population of children with their histories — registration and consent, screenings, referrals
 * with their transitions, rehabilitation cases with milestones, stages and carry-overs — written
 * straight into the modules' tables and, as hash-chained entries, into the audit journal, with COPY
 * in batches of a few thousand children. It grows: each call adds children up to a target, so one
 * database serves the small size and then the large one.
 *
 * <p>Most children have a few screenings (the target's average); a set of <em>historied</em>
 * children per size have about a hundred events each (50 screenings, 8 completed referrals, a
 * hearing case with its milestones), the subjects of the timeline benchmark.
 */
final class Population {

  /** What to grow to: children, screenings, and how many of the new children are historied. */
  record Target(String label, int children, long screenings, int historied) {}

  /** What the database holds after growing. */
  record Census(
      long children,
      long screenings,
      long referrals,
      long cases,
      long milestones,
      long journalEntries,
      Duration took) {}

  static final String PROGRAM = "QIMING";
  static final LocalDate PROGRAM_START = LocalDate.of(2021, 8, 1);
  private static final int BATCH_CHILDREN = 2_000;

  private final Connection connection;
  private final List<ScreeningTemplate> templates;
  private final Map<String, List<String>> hospitalsByCounty;
  private final List<Phase> phases;
  private final Map<String, List<MilestoneTemplate>> milestoneTemplates;
  private final LocalDate horizon;
  private final Consumer<String> log;

  /** A phase of the program as generated: number and dates. */
  record Phase(int number, LocalDate startsOn, LocalDate endsOn) {}

  /** A milestone template of the program (rehabilitation.milestone_template). */
  record MilestoneTemplate(
      String condition,
      String kind,
      String title,
      Integer dueAfterDays,
      Integer dueAfterMonths,
      String afterKind) {}

  private Population(
      Connection connection,
      List<ScreeningTemplate> templates,
      Map<String, List<String>> hospitalsByCounty,
      List<Phase> phases,
      Map<String, List<MilestoneTemplate>> milestoneTemplates,
      LocalDate horizon,
      Consumer<String> log) {
    this.connection = connection;
    this.templates = templates;
    this.hospitalsByCounty = hospitalsByCounty;
    this.phases = phases;
    this.milestoneTemplates = milestoneTemplates;
    this.horizon = horizon;
    this.log = log;
  }

  /**
   * Prepares generation on the application's database: the bench schema, the program's phases
   * (planned, opened and closed one after the other since August 2021, the last one open), and what
   * generated rows refer to.
   */
  static Population on(
      Connection connection, List<ScreeningTemplate> templates, Consumer<String> log)
      throws SQLException {
    connection.setAutoCommit(false);
    try (Statement ddl = connection.createStatement()) {
      ddl.execute("CREATE SCHEMA IF NOT EXISTS bench");
      ddl.execute(
          "CREATE TABLE IF NOT EXISTS bench.generated (label text PRIMARY KEY, children bigint,"
              + " screenings bigint, generated_at timestamptz NOT NULL DEFAULT now())");
      ddl.execute(
          "CREATE TABLE IF NOT EXISTS bench.timeline_subject (patient_id text PRIMARY KEY,"
              + " label text NOT NULL, events integer NOT NULL)");
    }
    LocalDate horizon = LocalDate.now(ZoneOffset.UTC).minusDays(1);
    List<Phase> phases = new ArrayList<>();
    LocalDate start = PROGRAM_START;
    int number = 1;
    while (!start.isAfter(horizon)) {
      LocalDate end = start.plusYears(1).minusDays(1);
      phases.add(new Phase(number++, start, end));
      start = end.plusDays(1);
    }
    Population population =
        new Population(
            connection,
            templates,
            hospitals(connection),
            phases,
            milestoneTemplates(connection),
            horizon,
            log);
    population.planPhases();
    connection.commit();
    return population;
  }

  /** Grows the population to the target and answers what the database then holds. */
  Census grow(Target target) throws SQLException {
    long began = System.nanoTime();
    long children = count("SELECT coalesce(sum(children), 0) FROM bench.generated");
    long screenings = count("SELECT coalesce(sum(screenings), 0) FROM bench.generated");
    long newChildren = target.children() - children;
    if (newChildren > 0) {
      long newScreenings = Math.max(0, target.screenings() - screenings);
      int historied = (int) Math.min(target.historied(), newChildren);
      long regularScreenings =
          Math.max(0, newScreenings - (long) historied * ChildHistory.HISTORIED_SCREENINGS);
      long regularChildren = newChildren - historied;
      double perChild = regularChildren == 0 ? 0 : (double) regularScreenings / regularChildren;
      long referralNumber = count("SELECT last_value FROM referrals.referral_number_seq") + 1;
      long caseNumber = count("SELECT last_value FROM rehabilitation.case_number_seq") + 1;
      ChildHistory.Numbers numbers = new ChildHistory.Numbers(referralNumber, caseNumber);
      // historied children are spread evenly over the new ones
      long historiedEvery = historied == 0 ? Long.MAX_VALUE : Math.max(1, newChildren / historied);
      Tables tables = new Tables();
      Journal journal = new Journal();
      long generatedScreenings = 0;
      int historiedSoFar = 0;
      for (long i = 0; i < newChildren; i++) {
        long index = children + i;
        boolean isHistoried = historiedSoFar < historied && i % historiedEvery == 0;
        ChildHistory child =
            new ChildHistory(
                index, templates, hospitalsByCounty, phases, milestoneTemplates, horizon, numbers);
        int events =
            isHistoried
                ? child.writeHistoried(tables, journal)
                : child.writeRegular(tables, journal, perChild);
        generatedScreenings += child.screenings();
        if (isHistoried) {
          historiedSoFar++;
          tables.subjects.values(child.patientId(), target.label(), events);
        }
        if ((i + 1) % BATCH_CHILDREN == 0 || i == newChildren - 1) {
          long entries = journal.size();
          tables.send(connection);
          journal.send(connection);
          connection.commit();
          if ((i + 1) % (BATCH_CHILDREN * 10L) == 0 || i == newChildren - 1) {
            log.accept(
                String.format(
                    "  %,d of %,d children, %,d screenings, last batch %,d journal entries (%.0f s)",
                    i + 1,
                    newChildren,
                    generatedScreenings,
                    entries,
                    (System.nanoTime() - began) / 1e9));
          }
        }
      }
      try (PreparedStatement done =
          connection.prepareStatement(
              "INSERT INTO bench.generated (label, children, screenings) VALUES (?, ?, ?)")) {
        done.setString(1, target.label());
        done.setLong(2, newChildren);
        done.setLong(3, generatedScreenings);
        done.executeUpdate();
      }
      try (Statement sequences = connection.createStatement()) {
        sequences.execute(
            "SELECT setval('referrals.referral_number_seq', " + (numbers.referral() - 1) + ")");
        sequences.execute(
            "SELECT setval('rehabilitation.case_number_seq', " + (numbers.caseFile() - 1) + ")");
      }
      connection.commit();
      closePhases();
      connection.commit();
      ReadModels.fill(connection);
    }
    analyse();
    return census(Duration.ofNanos(System.nanoTime() - began));
  }

  /** The historied children generated for a size (the subjects of the timeline benchmark). */
  List<String> timelineSubjects(String label) throws SQLException {
    List<String> ids = new ArrayList<>();
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT patient_id FROM bench.timeline_subject WHERE label = ? ORDER BY patient_id")) {
      select.setString(1, label);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          ids.add(rows.getString(1));
        }
      }
    }
    connection.commit();
    return ids;
  }

  Census census(Duration took) throws SQLException {
    Census census =
        new Census(
            count("SELECT count(*) FROM patients.patient"),
            count("SELECT count(*) FROM screening.screening"),
            count("SELECT count(*) FROM referrals.referral"),
            count("SELECT count(*) FROM rehabilitation.case_file"),
            count("SELECT count(*) FROM rehabilitation.milestone"),
            count("SELECT count(*) FROM audit.journal_entry"),
            took);
    connection.commit();
    return census;
  }

  /** Fresh planner statistics after a bulk load, as autovacuum would gather them in time. */
  private void analyse() throws SQLException {
    connection.commit();
    connection.setAutoCommit(true);
    try (Statement analyse = connection.createStatement()) {
      for (String schema :
          List.of("patients", "screening", "referrals", "rehabilitation", "audit", "reporting")) {
        try (ResultSet tables =
            analyse.executeQuery(
                "SELECT string_agg(format('%I.%I', schemaname, tablename), ', ') FROM pg_tables"
                    + " WHERE schemaname = '"
                    + schema
                    + "'")) {
          tables.next();
          String names = tables.getString(1);
          if (names != null) {
            try (Statement each = connection.createStatement()) {
              each.execute("VACUUM ANALYZE " + names);
            }
          }
        }
      }
    } finally {
      connection.setAutoCommit(false);
    }
  }

  private long count(String sql) throws SQLException {
    try (Statement select = connection.createStatement();
        ResultSet row = select.executeQuery(sql)) {
      row.next();
      return row.getLong(1);
    }
  }

  /** Phases 1 … n, a year each from August 2021, the last one open; planned once. */
  private void planPhases() throws SQLException {
    if (count("SELECT count(*) FROM rehabilitation.phase WHERE program_code = 'QIMING'") > 0) {
      return;
    }
    CopyRows rows =
        new CopyRows(
            "rehabilitation.phase",
            "program_code, number, starts_on, ends_on, quota, status, opened_at, closed_at,"
                + " version");
    List<DomainEvent> events = new ArrayList<>();
    Instant planned = PROGRAM_START.atStartOfDay().toInstant(ZoneOffset.UTC).plusSeconds(3600);
    for (Phase phase : phases) {
      boolean open = phase == phases.get(phases.size() - 1);
      Instant opened = phase.startsOn().atStartOfDay().toInstant(ZoneOffset.UTC).plusSeconds(7200);
      Instant closed =
          open ? null : phase.endsOn().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
      rows.values(
          PROGRAM,
          phase.number(),
          phase.startsOn(),
          phase.endsOn(),
          null,
          open ? "OPEN" : "CLOSED",
          opened,
          closed,
          open ? 2 : 3);
      events.add(
          new PhasePlanned(
              PROGRAM,
              phase.number(),
              phase.startsOn(),
              phase.endsOn(),
              null,
              "coordinator",
              planned.plusSeconds(phase.number())));
    }
    rows.send(connection);
    Journal journal = new Journal();
    programStream(journal, events);
    journal.send(connection);
  }

  /**
   * Opening and closing events of the phases, journaled once the first population is in, so that
   * {@code carriedCases} counts the cases that were carried.
   */
  private void closePhases() throws SQLException {
    if (count(
            "SELECT count(*) FROM audit.journal_entry WHERE stream_type = 'RehabilitationProgram'"
                + " AND stream_id = 'QIMING' AND event_type = 'PhaseOpened'")
        > 0) {
      return;
    }
    Map<Integer, Integer> carried = new HashMap<>();
    try (Statement select = connection.createStatement();
        ResultSet rows =
            select.executeQuery(
                "SELECT from_phase, count(*) FROM rehabilitation.case_phase_history"
                    + " WHERE from_phase IS NOT NULL GROUP BY from_phase")) {
      while (rows.next()) {
        carried.put(rows.getInt(1), rows.getInt(2));
      }
    }
    List<DomainEvent> events = new ArrayList<>();
    for (Phase phase : phases) {
      Instant opened = phase.startsOn().atStartOfDay().toInstant(ZoneOffset.UTC).plusSeconds(7200);
      events.add(new PhaseOpened(PROGRAM, phase.number(), "coordinator", opened));
      if (phase != phases.get(phases.size() - 1)) {
        Instant closed = phase.endsOn().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        int cases = carried.getOrDefault(phase.number(), 0);
        events.add(
            new PhaseClosed(
                PROGRAM,
                phase.number(),
                cases == 0 ? null : phase.number() + 1,
                cases,
                "coordinator",
                closed));
      }
    }
    Journal journal = new Journal();
    programStream(journal, events);
    journal.send(connection);
  }

  private void programStream(Journal journal, List<DomainEvent> events) throws SQLException {
    HashChain.Head head = null;
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT stream_version, hash FROM audit.journal_entry WHERE stream_type ="
                + " 'RehabilitationProgram' AND stream_id = 'QIMING' ORDER BY stream_version DESC"
                + " LIMIT 1")) {
      try (ResultSet row = select.executeQuery()) {
        if (row.next()) {
          head = new HashChain.Head(row.getLong(1), row.getString(2));
        }
      }
    }
    journal.stream(head, events);
  }

  private static Map<String, List<String>> hospitals(Connection connection) throws SQLException {
    Map<String, List<String>> byCounty = new HashMap<>();
    try (Statement select = connection.createStatement();
        ResultSet rows =
            select.executeQuery(
                "SELECT id, place_code FROM directory.organisation WHERE kind = 'HOSPITAL'"
                    + " ORDER BY id")) {
      while (rows.next()) {
        byCounty
            .computeIfAbsent(rows.getString(2), county -> new ArrayList<>())
            .add(rows.getString(1));
      }
    }
    if (byCounty.isEmpty()) {
      throw new IllegalStateException("the directory has no hospitals to refer children to");
    }
    return byCounty;
  }

  private static Map<String, List<MilestoneTemplate>> milestoneTemplates(Connection connection)
      throws SQLException {
    Map<String, List<MilestoneTemplate>> byCondition = new HashMap<>();
    try (Statement select = connection.createStatement();
        ResultSet rows =
            select.executeQuery(
                "SELECT condition, kind, title, due_after_days, due_after_months, after_kind"
                    + " FROM rehabilitation.milestone_template WHERE program_code = 'QIMING'"
                    + " ORDER BY position")) {
      while (rows.next()) {
        byCondition
            .computeIfAbsent(rows.getString(1), condition -> new ArrayList<>())
            .add(
                new MilestoneTemplate(
                    rows.getString(1),
                    rows.getString(2),
                    rows.getString(3),
                    (Integer) rows.getObject(4),
                    (Integer) rows.getObject(5),
                    rows.getString(6)));
      }
    }
    return byCondition;
  }

  /** The COPY buffers of every table that a child's history writes to. */
  static final class Tables {
    final CopyRows patients =
        new CopyRows(
            "patients.patient",
            "id, version, name, name_key, sex, birth_date, place_code, registered_at,"
                + " registered_by, changed_at");
    final CopyRows guardians =
        new CopyRows(
            "patients.guardian", "patient_id, position, name, relationship, phone, phone_key");
    final CopyRows consents =
        new CopyRows(
            "patients.consent",
            "id, version, patient_id, guardian_name, relationship, scopes, given_on, recorded_by,"
                + " recorded_at, changed_at");
    final CopyRows screenings =
        new CopyRows(
            "screening.screening",
            "id, patient_id, kind, method, performed_at, performer_username, version, recorded_at");
    final CopyRows screeningVersions =
        new CopyRows(
            "screening.screening_version",
            "screening_id, version, measurements, result, classification, rule_set_id,"
                + " recorded_by, recorded_at");
    final CopyRows referrals =
        new CopyRows(
            "referrals.referral",
            "id, referral_number, patient_id, place_code, county_code, place_path, source_kind,"
                + " source_id, to_organisation_id, specialty, urgency, reason, due_on, status,"
                + " appointment_at, outcome, findings, requested_at, requested_by, completed_at,"
                + " version");
    final CopyRows referralTransitions =
        new CopyRows(
            "referrals.referral_transition",
            "referral_id, seq, from_status, to_status, at, by_actor, reason");
    final CopyRows cases =
        new CopyRows(
            "rehabilitation.case_file",
            "id, case_number, patient_id, program_code, conditions, enrolment_phase,"
                + " current_phase, phases, enrolled_on, place_code, county_code, place_path,"
                + " source_referral_id, stage, outcome, closed_on, enrolled_at, enrolled_by,"
                + " version");
    final CopyRows milestones =
        new CopyRows(
            "rehabilitation.milestone",
            "id, case_id, position, condition, kind, title, due_on, status, achieved_on,"
                + " evidence, skip_reason, custom, after_kind, due_after_months, due_after_days");
    final CopyRows phaseHistory =
        new CopyRows(
            "rehabilitation.case_phase_history",
            "case_id, seq, from_phase, to_phase, on_date, at, by_actor");
    final CopyRows stageHistory =
        new CopyRows(
            "rehabilitation.case_stage_history",
            "case_id, seq, from_stage, to_stage, at, by_actor, note, outcome");
    final CopyRows subjects = new CopyRows("bench.timeline_subject", "patient_id, label, events");

    void send(Connection connection) throws SQLException {
      for (CopyRows rows :
          List.of(
              patients,
              guardians,
              consents,
              screenings,
              screeningVersions,
              referrals,
              referralTransitions,
              cases,
              milestones,
              phaseHistory,
              stageHistory,
              subjects)) {
        rows.send(connection);
      }
    }
  }
}
