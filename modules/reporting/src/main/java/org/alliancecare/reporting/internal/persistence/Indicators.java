package org.alliancecare.reporting.internal.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.alliancecare.kernel.persistence.StaleTolerantRead;
import org.alliancecare.kernel.persistence.StaleTolerantReads;
import org.alliancecare.reporting.api.AllianceReport;
import org.alliancecare.reporting.api.AllianceReportQuery;
import org.alliancecare.reporting.api.ClinicIndicators;
import org.alliancecare.reporting.api.ProgramIndicators;
import org.alliancecare.reporting.api.ProgramReport;
import org.alliancecare.reporting.api.ProgramReportQuery;
import org.alliancecare.reporting.internal.domain.InterventionMilestones;
import org.alliancecare.reporting.internal.domain.KeptScreeningKinds;

/**
 * Reads the indicators out of the read models. Each figure is one aggregate over the facts of the
 * caller's places, grouped by county (or alliance) and, in the same statement, over all of them
 * ({@code GROUPING SETS}), so that a child counted in two counties counts once in the total.
 */
@ApplicationScoped
public class Indicators {

  private static final String OPEN_REFERRAL = "r.status IN ('REQUESTED', 'ACCEPTED', 'SCHEDULED')";

  /**
   * The distinct children among the rows, their ids compared byte by byte: ids are equal in any
   * deterministic collation only when their bytes are, and the sort that {@code COUNT(DISTINCT)}
   * runs per group is a quarter cheaper without the locale's rules (referrals of everything at
   * 1,000,000 screenings, bench/README.md).
   */
  private static final String DISTINCT_CHILDREN = " COUNT(DISTINCT %s.patient_id COLLATE \"C\")";

  /** Within the period, when it has bounds. */
  private static final String IN_PERIOD =
      " >= COALESCE(CAST(? AS date), '-infinity'::date) AND %s <= COALESCE(CAST(? AS date),"
          + " 'infinity'::date)";

  /**
   * Younger than the age limit on the day (a child of unknown birth date counts): the rows read,
   * which keep the child's birth date ({@code %1$s}), and the day ({@code %2$s}).
   */
  private static final String UNDER_AGE =
      " (%1$s.birth_date IS NULL OR %2$s < %1$s.birth_date + make_interval(years => ?))";

  /**
   * From the first days per county and child and per child over all counties ({@code firsts}, with
   * {@code total} telling which): each county's children, and every child once in the total. A
   * child under the age limit on its first day in any county was so on its first day of all, since
   * its birth date is the same on every row.
   */
  private static final String CHILDREN_COUNTED =
      " SELECT p.county_code, p.total,"
          + " COUNT(*) FILTER (WHERE"
          + " %s) AS screened,"
          + " COUNT(*) FILTER (WHERE p.first_refer_on IS NOT NULL AND"
          + " %s) AS refer"
          + " FROM firsts p GROUP BY p.total, p.county_code";

  /** Grouped per county and child, and per child (the total), in one pass over the rows. */
  private static final String PER_COUNTY_AND_CHILD =
      " GROUP BY GROUPING SETS ((%1$s.patient_id, %1$s.county_code), (%1$s.patient_id))";

  /**
   * Screenings are first reduced to one row per county and child, and one per child — the day of
   * the child's first screening there in the period, and of the first REFER — with the birth date
   * kept on the screenings (the child's, the same on each): a child screened under the age limit at
   * all was so on the first day, and referred under it if the first REFER was. A county's children
   * are counted without {@code DISTINCT}, the total counts each child once across counties, and no
   * patients are joined. Only hash aggregates, no sorts (bench/README.md: 1,000,000 screenings of
   * 200,000 children), with the same figures.
   */
  private static final String SCREENINGS =
      "WITH firsts AS (SELECT s.county_code, s.patient_id,"
          + " GROUPING(s.county_code) = 1 AS total, MIN(s.performed_on) AS first_on,"
          + " MIN(s.performed_on) FILTER (WHERE s.result = 'REFER') AS first_refer_on,"
          + " MIN(s.birth_date) AS birth_date"
          + " FROM reporting.screening s"
          + " WHERE s.place_code = ANY(?) AND s.kind = ANY(?)"
          + " AND s.performed_on"
          + IN_PERIOD.formatted("s.performed_on")
          + PER_COUNTY_AND_CHILD.formatted("s")
          + ")"
          + CHILDREN_COUNTED.formatted(
              UNDER_AGE.formatted("p", "p.first_on"), UNDER_AGE.formatted("p", "p.first_refer_on"));

  /**
   * The same figures from the first days the projection keeps per child, place and kind ({@code
   * screened_child}, with the child's birth date), for a period without a first day: the first
   * screening up to the period's last day is the first one kept if it is not after that day, and so
   * is the first REFER. One row per child, place and kind instead of one per screening, and no
   * patients to join.
   */
  private static final String SCREENINGS_KEPT =
      "WITH firsts AS (SELECT k.county_code, k.patient_id,"
          + " GROUPING(k.county_code) = 1 AS total, MIN(k.first_on) AS first_on,"
          + " MIN(k.first_refer_on) FILTER (WHERE k.first_refer_on"
          + " <= COALESCE(CAST(? AS date), 'infinity'::date)) AS first_refer_on,"
          + " MIN(k.birth_date) AS birth_date"
          + " FROM reporting.screened_child k"
          + " WHERE k.place_code = ANY(?) AND k.kind = ANY(?)"
          + " AND k.first_on <= COALESCE(CAST(? AS date), 'infinity'::date)"
          + PER_COUNTY_AND_CHILD.formatted("k")
          + ")"
          + CHILDREN_COUNTED.formatted(
              UNDER_AGE.formatted("p", "p.first_on"), UNDER_AGE.formatted("p", "p.first_refer_on"));

  /**
   * Memory for the report's aggregates, for this transaction only: with the server's default (4 MB)
   * the per-child aggregates of a large population spill to disk, and so did the sorts of the
   * referrals' and milestones' grouping sets (plans.txt). The server's default was restored after
   * the screenings while the referrals probed the screenings for their source's kind (more memory
   * made the planner hash every screening id instead); the referral now keeps that kind.
   */
  private static final String MORE_MEMORY = "SELECT set_config('work_mem', '64MB', true)";

  /**
   * Referrals from a screening of the program's kinds or from one of the program's cases: the kind
   * and the program the projection kept on the referral when it was requested, and the child's
   * birth date kept there too (no patients joined).
   */
  private static final String REFERRALS =
      "SELECT r.county_code, GROUPING(r.county_code) = 1 AS total,"
          + DISTINCT_CHILDREN.formatted("r")
          + " AS referred,"
          + " COUNT(*) FILTER (WHERE r.status = 'COMPLETED') AS completed,"
          + " percentile_cont(0.5) WITHIN GROUP (ORDER BY r.completed_on - r.requested_on)"
          + " FILTER (WHERE r.status = 'COMPLETED') AS median_days,"
          + " COUNT(*) FILTER (WHERE "
          + OPEN_REFERRAL
          + " AND r.due_on < ?) AS overdue"
          + " FROM reporting.referral r"
          + " WHERE r.place_code = ANY(?)"
          + " AND r.requested_on"
          + IN_PERIOD.formatted("r.requested_on")
          + " AND"
          + UNDER_AGE.formatted("r", "r.requested_on")
          + " AND ((r.source_kind = 'SCREENING' AND r.source_screening_kind = ANY(?))"
          + " OR (r.source_kind = 'CASE' AND r.source_program_code = ?))"
          + " GROUP BY GROUPING SETS ((r.county_code), ())";

  /** Children active in the phase (or ever), children rehabilitated (in the phase). */
  private static final String CASES =
      "SELECT c.county_code, GROUPING(c.county_code) = 1 AS total,"
          + DISTINCT_CHILDREN.formatted("c")
          + " FILTER (WHERE CAST(? AS integer) IS NULL"
          + " OR EXISTS (SELECT 1 FROM reporting.case_phase cp WHERE cp.case_id = c.case_id"
          + " AND cp.phase = ?)) AS enrolled,"
          + DISTINCT_CHILDREN.formatted("c")
          + " FILTER (WHERE c.outcome = 'REHABILITATED'"
          + " AND (CAST(? AS integer) IS NULL OR c.closed_in_phase = ?)) AS rehabilitated"
          + " FROM reporting.case_file c"
          + " WHERE c.program_code = ? AND c.place_code = ANY(?)"
          + " GROUP BY GROUPING SETS ((c.county_code), ())";

  /**
   * Children with an intervention achieved (while the case was in the phase); planned milestones of
   * open cases (now in the phase) after their due date.
   */
  private static final String MILESTONES =
      "SELECT c.county_code, GROUPING(c.county_code) = 1 AS total,"
          + DISTINCT_CHILDREN.formatted("c")
          + " FILTER (WHERE m.status = 'ACHIEVED' AND m.kind = ANY(?)"
          + " AND (CAST(? AS integer) IS NULL OR m.achieved_in_phase = ?)) AS intervened,"
          + " COUNT(*) FILTER (WHERE m.status = 'PLANNED' AND m.due_on < ? AND c.stage <> 'CLOSED'"
          + " AND (CAST(? AS integer) IS NULL OR c.current_phase = ?)) AS overdue"
          + " FROM reporting.milestone m JOIN reporting.case_file c ON c.case_id = m.case_id"
          + " WHERE c.program_code = ? AND c.place_code = ANY(?)"
          + " GROUP BY GROUPING SETS ((c.county_code), ())";

  /** The clinics held by each alliance asked for, on days of the period, at the places. */
  private static final String HELD =
      "WITH held AS (SELECT ca.alliance_id, c.clinic_id"
          + " FROM reporting.clinic c JOIN reporting.clinic_alliance ca ON ca.clinic_id = c.clinic_id"
          + " WHERE ca.alliance_id = ANY(?) AND c.status IN ('IN_PROGRESS', 'COMPLETED')"
          + " AND c.place_code = ANY(?)"
          + " AND c.held_on"
          + IN_PERIOD.formatted("c.held_on")
          + ") SELECT h.alliance_id, GROUPING(h.alliance_id) = 1 AS total, ";

  private static final String BY_ALLIANCE = " GROUP BY GROUPING SETS ((h.alliance_id), ())";

  private static final String CLINICS_HELD =
      HELD + "COUNT(DISTINCT h.clinic_id) FROM held h" + BY_ALLIANCE;

  private static final String PATIENTS_SEEN =
      HELD
          + "COUNT(DISTINCT a.patient_id) FROM held h"
          + " JOIN reporting.attendance a ON a.clinic_id = h.clinic_id"
          + BY_ALLIANCE;

  private static final String CLINIC_SCREENINGS =
      HELD
          + "COUNT(DISTINCT s.screening_id) FROM held h"
          + " JOIN reporting.screening s ON s.clinic_id = h.clinic_id"
          + BY_ALLIANCE;

  private static final String CLINIC_REFERRALS =
      HELD
          + "COUNT(DISTINCT started.referral_id) FROM held h JOIN ("
          + "SELECT s.clinic_id, r.referral_id FROM reporting.referral r"
          + " JOIN reporting.screening s ON r.source_kind = 'SCREENING'"
          + " AND s.screening_id = r.source_id"
          + " UNION ALL SELECT a.clinic_id, r.referral_id FROM reporting.referral r"
          + " JOIN reporting.attendance a ON r.source_kind = 'ATTENDANCE'"
          + " AND a.attendance_id = r.source_id"
          + ") started ON started.clinic_id = h.clinic_id"
          + BY_ALLIANCE;

  /**
   * Where the indicators are read: on the replica when it has replayed every write acknowledged
   * before the report began, else on the primary. All statements of one report read over one
   * connection (on the replica, one snapshot).
   */
  @Inject StaleTolerantReads reads;

  public Indicators() {}

  /** Indicators read on the primary through a data source of the caller's choice (tests). */
  public Indicators(DataSource dataSource) {
    this(StaleTolerantReads.onPrimary(dataSource));
  }

  /** Indicators read where {@code reads} routes them (tests). */
  public Indicators(StaleTolerantReads reads) {
    this.reads = reads;
  }

  /** Where a program report's screening figures are counted from. */
  private enum ScreeningsCounted {
    /** The screenings of the period. */
    EVERY_SCREENING,
    /** The first days kept per child, place and kind ({@code screened_child}). */
    FIRSTS_PER_PLACE,
    /** The children kept per county and over every place ({@code counted_child}). */
    CHILDREN_PER_COUNTY
  }

  /**
   * A program's indicators as of {@code today}: for a period without a first day (the program as a
   * whole) from the children kept per county when the places asked for hold every place screened
   * at, else from the first days kept per place; for a period with a first day (a phase) from the
   * screenings of the period.
   */
  public ProgramReport program(ProgramReportQuery query, LocalDate today) {
    return reading(connection -> program(connection, query, today, counting(connection, query)));
  }

  /** Whether {@link #program} counts the query's screenings from the children kept per county. */
  public boolean countsChildrenPerCounty(ProgramReportQuery query) {
    return reading(
        connection -> counting(connection, query) == ScreeningsCounted.CHILDREN_PER_COUNTY);
  }

  /**
   * The same indicators with the screening figures counted from every screening of the period, as
   * before the projection kept first days: what the kept figures are tested against.
   */
  public ProgramReport programFromEveryScreening(ProgramReportQuery query, LocalDate today) {
    return reading(
        connection -> program(connection, query, today, ScreeningsCounted.EVERY_SCREENING));
  }

  /** The same indicators from the first days kept per place: tested against the other two. */
  public ProgramReport programFromFirstsPerPlace(ProgramReportQuery query, LocalDate today) {
    return reading(
        connection -> program(connection, query, today, ScreeningsCounted.FIRSTS_PER_PLACE));
  }

  /** What a program's indicators read over one connection. */
  @FunctionalInterface
  private interface ProgramRead<T> {
    T on(Connection connection) throws SQLException;
  }

  private <T> T reading(ProgramRead<T> read) {
    try (StaleTolerantRead on = reads.begin()) {
      return read.on(on.connection());
    } catch (SQLException e) {
      throw new IllegalStateException("could not read the program's indicators", e);
    }
  }

  private static ScreeningsCounted counting(Connection connection, ProgramReportQuery query)
      throws SQLException {
    if (query.from() != null) {
      return ScreeningsCounted.EVERY_SCREENING;
    }
    boolean perCounty =
        KeptScreeningKinds.keepAll(query.screeningKinds())
            && holds(connection, CountedChildren.EVERY_SCREENED_PLACE_ASKED, query.places());
    return perCounty ? ScreeningsCounted.CHILDREN_PER_COUNTY : ScreeningsCounted.FIRSTS_PER_PLACE;
  }

  private static ProgramReport program(
      Connection connection, ProgramReportQuery query, LocalDate today, ScreeningsCounted counted)
      throws SQLException {
    Map<String, ProgramTally> counties = new TreeMap<>();
    ProgramTally total = new ProgramTally();
    Integer phase = query.phase();
    execute(connection, MORE_MEMORY);
    read(
        connection,
        switch (counted) {
          case EVERY_SCREENING -> SCREENINGS;
          case FIRSTS_PER_PLACE -> SCREENINGS_KEPT;
          case CHILDREN_PER_COUNTY ->
              CountedChildren.screenedAndReferred(
                  query.screeningKinds(),
                  UNDER_AGE.formatted("c", "c.first_on"),
                  UNDER_AGE.formatted("c", "c.first_refer_on"));
        },
        switch (counted) {
          case CHILDREN_PER_COUNTY ->
              new Object[] {
                query.to(), query.maxAgeExclusive(), query.to(), query.maxAgeExclusive()
              };
          case FIRSTS_PER_PLACE ->
              new Object[] {
                query.to(),
                query.places(),
                query.screeningKinds(),
                query.to(),
                query.maxAgeExclusive(),
                query.maxAgeExclusive()
              };
          case EVERY_SCREENING ->
              new Object[] {
                query.places(),
                query.screeningKinds(),
                query.from(),
                query.to(),
                query.maxAgeExclusive(),
                query.maxAgeExclusive()
              };
        },
        (row, tally) -> {
          tally.screened = row.getLong("screened");
          tally.refer = row.getLong("refer");
        },
        counties,
        ProgramTally::new,
        total);
    read(
        connection,
        REFERRALS,
        new Object[] {
          today,
          query.places(),
          query.from(),
          query.to(),
          query.maxAgeExclusive(),
          query.screeningKinds(),
          query.programCode()
        },
        (row, tally) -> {
          tally.referred = row.getLong("referred");
          tally.referralsCompleted = row.getLong("completed");
          double median = row.getDouble("median_days");
          tally.medianDaysToCompletion = row.wasNull() ? null : median;
          tally.overdueReferrals = row.getLong("overdue");
        },
        counties,
        ProgramTally::new,
        total);
    read(
        connection,
        CASES,
        new Object[] {phase, phase, phase, phase, query.programCode(), query.places()},
        (row, tally) -> {
          tally.enrolled = row.getLong("enrolled");
          tally.rehabilitated = row.getLong("rehabilitated");
        },
        counties,
        ProgramTally::new,
        total);
    read(
        connection,
        MILESTONES,
        new Object[] {
          InterventionMilestones.KINDS,
          phase,
          phase,
          today,
          phase,
          phase,
          query.programCode(),
          query.places()
        },
        (row, tally) -> {
          tally.deviceFittedOrSurgery = row.getLong("intervened");
          tally.overdueMilestones = row.getLong("overdue");
        },
        counties,
        ProgramTally::new,
        total);
    List<ProgramReport.County> rows = new ArrayList<>();
    counties.forEach((county, tally) -> rows.add(new ProgramReport.County(county, tally.view())));
    return new ProgramReport(today, rows, total.view());
  }

  /** The indicators of the alliances' clinics. */
  public AllianceReport alliances(AllianceReportQuery query) {
    Map<String, ClinicTally> alliances = new TreeMap<>();
    ClinicTally total = new ClinicTally();
    Object[] held = {query.allianceIds(), query.places(), query.from(), query.to()};
    try (StaleTolerantRead read = reads.begin()) {
      Connection connection = read.connection();
      RowReader<ClinicTally> heldClinics = (row, t) -> t.clinicsHeld = row.getLong(3);
      read(connection, CLINICS_HELD, held, heldClinics, alliances, ClinicTally::new, total);
      RowReader<ClinicTally> seen = (row, t) -> t.patientsSeen = row.getLong(3);
      read(connection, PATIENTS_SEEN, held, seen, alliances, ClinicTally::new, total);
      RowReader<ClinicTally> screened = (row, t) -> t.screenings = row.getLong(3);
      read(connection, CLINIC_SCREENINGS, held, screened, alliances, ClinicTally::new, total);
      RowReader<ClinicTally> referred = (row, t) -> t.referrals = row.getLong(3);
      read(connection, CLINIC_REFERRALS, held, referred, alliances, ClinicTally::new, total);
    } catch (SQLException e) {
      throw new IllegalStateException("could not read the alliances' indicators", e);
    }
    List<AllianceReport.Alliance> rows = new ArrayList<>();
    for (String allianceId : query.allianceIds().stream().sorted().toList()) {
      ClinicTally tally = alliances.get(allianceId);
      rows.add(
          new AllianceReport.Alliance(
              allianceId, tally == null ? ClinicIndicators.NONE : tally.view()));
    }
    return new AllianceReport(rows, total.view());
  }

  /** The boolean a statement answers for the values. */
  private static boolean holds(Connection connection, String sql, Object... values)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      Statements.bind(statement, values);
      try (ResultSet row = statement.executeQuery()) {
        return row.next() && row.getBoolean(1);
      }
    }
  }

  private static void execute(Connection connection, String sql) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.execute();
    }
  }

  /** What one result row adds to the tally of its group. */
  @FunctionalInterface
  private interface RowReader<T> {
    void read(ResultSet row, T tally) throws SQLException;
  }

  /**
   * Runs an aggregate grouped by its first column and over everything ({@code total}); rows of a
   * group without a key (facts without a county) count only in the total.
   */
  private static <T> void read(
      Connection connection,
      String sql,
      Object[] values,
      RowReader<T> reader,
      Map<String, T> groups,
      Supplier<T> fresh,
      T total)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      Statements.bind(statement, values);
      try (ResultSet row = statement.executeQuery()) {
        while (row.next()) {
          String key = row.getString(1);
          if (row.getBoolean(2)) {
            reader.read(row, total);
          } else if (key != null) {
            reader.read(row, groups.computeIfAbsent(key, k -> fresh.get()));
          }
        }
      }
    }
  }

  /** A program's figures as they are read, figure by figure. */
  private static final class ProgramTally {
    long screened;
    long refer;
    long referred;
    long referralsCompleted;
    Double medianDaysToCompletion;
    long enrolled;
    long deviceFittedOrSurgery;
    long rehabilitated;
    long overdueReferrals;
    long overdueMilestones;

    ProgramIndicators view() {
      return new ProgramIndicators(
          screened,
          refer,
          referred,
          referralsCompleted,
          medianDaysToCompletion,
          enrolled,
          deviceFittedOrSurgery,
          rehabilitated,
          overdueReferrals,
          overdueMilestones);
    }
  }

  /** An alliance's figures as they are read. */
  private static final class ClinicTally {
    long clinicsHeld;
    long patientsSeen;
    long screenings;
    long referrals;

    ClinicIndicators view() {
      return new ClinicIndicators(clinicsHeld, patientsSeen, screenings, referrals);
    }
  }
}
