package org.alliancecare.reporting.internal.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javax.sql.DataSource;
import org.alliancecare.outreach.api.events.AttendanceMovedToSurvivor;
import org.alliancecare.outreach.api.events.ClinicCancelled;
import org.alliancecare.outreach.api.events.ClinicCompleted;
import org.alliancecare.outreach.api.events.ClinicPlanned;
import org.alliancecare.outreach.api.events.ClinicPublished;
import org.alliancecare.outreach.api.events.ClinicRescheduled;
import org.alliancecare.outreach.api.events.ClinicRevised;
import org.alliancecare.outreach.api.events.ClinicStarted;
import org.alliancecare.outreach.api.events.PatientAttended;
import org.alliancecare.patients.api.events.PatientEdited;
import org.alliancecare.patients.api.events.PatientRegistered;
import org.alliancecare.patients.api.events.PatientsMerged;
import org.alliancecare.referrals.api.events.ReferralCompleted;
import org.alliancecare.referrals.api.events.ReferralEvent;
import org.alliancecare.referrals.api.events.ReferralReassigned;
import org.alliancecare.referrals.api.events.ReferralRequested;
import org.alliancecare.rehabilitation.api.events.CaseCarriedOver;
import org.alliancecare.rehabilitation.api.events.CaseEnrolled;
import org.alliancecare.rehabilitation.api.events.CaseReassigned;
import org.alliancecare.rehabilitation.api.events.CaseStageChanged;
import org.alliancecare.rehabilitation.api.events.MilestoneAchieved;
import org.alliancecare.rehabilitation.api.events.MilestonePlanned;
import org.alliancecare.rehabilitation.api.events.MilestoneRescheduled;
import org.alliancecare.rehabilitation.api.events.MilestoneSkipped;
import org.alliancecare.reporting.internal.domain.Counties;
import org.alliancecare.reporting.internal.domain.ReportingDay;
import org.alliancecare.screening.api.events.ScreeningCorrected;
import org.alliancecare.screening.api.events.ScreeningMovedToSurvivor;
import org.alliancecare.screening.api.events.ScreeningRecorded;

/**
 * Writes the read models, one method per event they follow. Every write is idempotent: a new row is
 * inserted only if its key is new, and a change of state applies only if it is not older than the
 * state stored ({@code changed_at}), so that projecting an event again leaves the tables as they
 * were.
 */
@ApplicationScoped
public class ReadModels {

  /**
   * The advisory lock (two-key form, apart from the single-key locks of idempotency keys) that live
   * projections take shared and a rebuild takes exclusive.
   */
  private static final int LOCK_NAMESPACE = 0x52505254; // "RPRT"

  private static final int LOCK_READ_MODELS = 1;

  /**
   * The stages a case starts in and ends in. Enums of other modules' {@code api} packages are read
   * by name only: reporting may use their {@code api.events}, nothing else of them.
   */
  private static final String FIRST_STAGE = "ASSESSMENT";

  private static final String CLOSED_STAGE = "CLOSED";

  /**
   * Keeps the first screening of a child, place and kind (and the first REFER) from the rows of a
   * {@code recorded} screening, with the child's birth date kept on it: a later one changes
   * nothing, an earlier one moves the day back.
   */
  private static final String SCREENED_CHILD_UPSERT =
      "INSERT INTO reporting.screened_child (patient_id, place_code, kind, county_code,"
          + " birth_date, first_on, first_refer_on)"
          + " SELECT s.patient_id, s.place_code, s.kind, s.county_code, s.birth_date,"
          + " s.performed_on, CASE WHEN s.result = 'REFER' THEN s.performed_on END"
          + " FROM recorded s WHERE s.place_code IS NOT NULL"
          + " ON CONFLICT (patient_id, place_code, kind) DO UPDATE SET"
          + " first_on = LEAST(screened_child.first_on, EXCLUDED.first_on),"
          + " first_refer_on = LEAST(screened_child.first_refer_on, EXCLUDED.first_refer_on)"
          + " WHERE EXCLUDED.first_on < screened_child.first_on"
          + " OR EXCLUDED.first_refer_on < screened_child.first_refer_on"
          + " OR (screened_child.first_refer_on IS NULL AND EXCLUDED.first_refer_on IS NOT NULL)";

  /**
   * The birth date of a patient as the read model knows it: kept on the patient's screenings and
   * referrals, so that the reports apply the age limit without joining every patient. It is written
   * once, at registration, so a kept copy stays the patient's.
   */
  private static final String BIRTH_DATE_OF =
      "(SELECT p.birth_date FROM reporting.patient p WHERE p.patient_id = ?)";

  /** Every table, children before the rows they name. */
  private static final List<String> TABLES =
      List.of(
          "attendance",
          "clinic_alliance",
          "clinic",
          "milestone",
          "case_phase",
          "case_file",
          "referral",
          "screened_child",
          "counted_child",
          "screened_place",
          "screening",
          "patient");

  @Inject DataSource dataSource;

  public ReadModels() {}

  /** Read models on a data source of the caller's choice (tests). */
  public ReadModels(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  // the projection's lock

  /** Waits while a rebuild runs; held until the transaction ends. */
  public void holdAgainstRebuild() {
    execute("SELECT pg_advisory_xact_lock_shared(?, ?)", LOCK_NAMESPACE, LOCK_READ_MODELS);
  }

  /**
   * Waits until no transaction is projecting, then keeps every projection waiting until this
   * transaction ends.
   */
  public void holdForRebuild() {
    execute("SELECT pg_advisory_xact_lock(?, ?)", LOCK_NAMESPACE, LOCK_READ_MODELS);
  }

  /** Removes every row of every read model. */
  public void clear() {
    for (String table : TABLES) {
      execute("DELETE FROM reporting." + table);
    }
  }

  // patients

  /**
   * The patient with the birth date; in the same statement, the birth date kept on any screening,
   * referral or first day of the patient projected before the registration.
   */
  public void project(PatientRegistered registered) {
    execute(
        "WITH registered AS (INSERT INTO reporting.patient (patient_id, birth_date, place_code,"
            + " county_code) VALUES (?, ?, ?, ?) ON CONFLICT (patient_id) DO NOTHING"
            + " RETURNING patient_id, birth_date),"
            + " screenings AS (UPDATE reporting.screening s SET birth_date = g.birth_date"
            + " FROM registered g WHERE s.patient_id = g.patient_id AND s.birth_date IS NULL),"
            + " referrals AS (UPDATE reporting.referral r SET birth_date = g.birth_date"
            + " FROM registered g WHERE r.patient_id = g.patient_id AND r.birth_date IS NULL),"
            + " kept AS (UPDATE reporting.screened_child k SET birth_date = g.birth_date"
            + " FROM registered g WHERE k.patient_id = g.patient_id AND k.birth_date IS NULL),"
            + " counted AS (UPDATE reporting.counted_child c SET birth_date = g.birth_date"
            + " FROM registered g WHERE c.patient_id = g.patient_id AND c.birth_date IS NULL)"
            + " SELECT 1",
        registered.patient(),
        registered.birthDate(),
        registered.placeCode(),
        county(registered.placeCode()));
  }

  public void project(PatientEdited edited) {
    execute(
        "INSERT INTO reporting.patient (patient_id, place_code, county_code) VALUES (?, ?, ?)"
            + " ON CONFLICT (patient_id) DO UPDATE SET place_code = EXCLUDED.place_code,"
            + " county_code = EXCLUDED.county_code",
        edited.patient(),
        edited.placeCode(),
        county(edited.placeCode()));
  }

  /** The duplicate points at the survivor, and everything of the duplicate's moves there. */
  public void project(PatientsMerged merged) {
    execute(
        "UPDATE reporting.patient SET merged_into = ? WHERE patient_id = ?",
        merged.survivorId(),
        merged.duplicateId());
    for (String table : List.of("screening", "referral")) {
      execute(
          "UPDATE reporting."
              + table
              + " SET patient_id = ?, birth_date = "
              + BIRTH_DATE_OF
              + " WHERE patient_id = ?",
          merged.survivorId(),
          merged.survivorId(),
          merged.duplicateId());
    }
    for (String table : List.of("attendance", "case_file")) {
      execute(
          "UPDATE reporting." + table + " SET patient_id = ? WHERE patient_id = ?",
          merged.survivorId(),
          merged.duplicateId());
    }
    countScreenedAgain(merged.duplicateId());
    countScreenedAgain(merged.survivorId());
  }

  // screenings

  /**
   * The patient's place, county and birth date as the read model knows them now, at the screening;
   * in the same statement the child's first screening (and first REFER) of the kind at the place,
   * in the county and over every place, the place among those screened at, and the kind of the
   * referrals from this screening if they came first. A screening projected again changes nothing:
   * its insert returns no row.
   */
  public void project(ScreeningRecorded recorded) {
    execute(
        "WITH recorded AS (INSERT INTO reporting.screening (screening_id, patient_id, kind,"
            + " clinic_id, performed_on, place_code, county_code, result, result_version,"
            + " birth_date)"
            + " SELECT ?, ?, ?, ?, ?, p.place_code, p.county_code, ?, ?, p.birth_date"
            + " FROM (SELECT 1) AS one"
            + " LEFT JOIN reporting.patient p ON p.patient_id = ?"
            + " ON CONFLICT (screening_id) DO NOTHING"
            + " RETURNING screening_id, patient_id, place_code, kind, county_code, performed_on,"
            + " result, birth_date),"
            + " kept AS ("
            + SCREENED_CHILD_UPSERT
            + "),"
            + " counted AS ("
            + CountedChildren.UPSERT_RECORDED
            + "),"
            + " placed AS (INSERT INTO reporting.screened_place (place_code)"
            + " SELECT s.place_code FROM recorded s WHERE s.place_code IS NOT NULL"
            + " ON CONFLICT (place_code) DO NOTHING),"
            + " sourced AS (UPDATE reporting.referral r SET source_screening_kind = s.kind"
            + " FROM recorded s WHERE r.source_kind = 'SCREENING' AND r.source_id = s.screening_id"
            + " AND r.source_screening_kind IS NULL)"
            + " SELECT 1",
        recorded.screeningId(),
        recorded.screenedPatientId(),
        recorded.kind(),
        recorded.clinicId(),
        ReportingDay.of(recorded.performedAt()),
        recorded.result(),
        recorded.version(),
        recorded.screenedPatientId());
  }

  /**
   * The later version's result replaces the earlier's; the child's first REFER is counted again.
   */
  public void project(ScreeningCorrected corrected) {
    String patient =
        queryString(
            "UPDATE reporting.screening SET result = ?, result_version = ?"
                + " WHERE screening_id = ? AND result_version < ? RETURNING patient_id",
            corrected.result(),
            corrected.version(),
            corrected.screeningId(),
            corrected.version());
    if (patient != null) {
      countScreenedAgain(patient);
    }
  }

  public void project(ScreeningMovedToSurvivor moved) {
    String duplicate =
        queryString(
            "SELECT patient_id FROM reporting.screening WHERE screening_id = ?",
            moved.screeningId());
    execute(
        "UPDATE reporting.screening SET patient_id = ?, birth_date = "
            + BIRTH_DATE_OF
            + " WHERE screening_id = ?",
        moved.survivorId(),
        moved.survivorId(),
        moved.screeningId());
    if (duplicate != null && !duplicate.equals(moved.survivorId())) {
      countScreenedAgain(duplicate);
      countScreenedAgain(moved.survivorId());
    }
  }

  /**
   * A child's rows of {@code screened_child} and {@code counted_child} counted again from its
   * screenings: after a correction or a merge, where the first day or the first REFER may move
   * later or to another child.
   */
  private void countScreenedAgain(String patientId) {
    execute(CountedChildren.FORGET, patientId);
    execute(CountedChildren.COUNT_AGAIN, patientId);
    execute("DELETE FROM reporting.screened_child WHERE patient_id = ?", patientId);
    execute(
        "INSERT INTO reporting.screened_child (patient_id, place_code, kind, county_code,"
            + " birth_date, first_on, first_refer_on)"
            + " SELECT s.patient_id, s.place_code, s.kind, max(s.county_code),"
            + " (SELECT p.birth_date FROM reporting.patient p WHERE p.patient_id = s.patient_id),"
            + " min(s.performed_on), min(s.performed_on) FILTER (WHERE s.result = 'REFER')"
            + " FROM reporting.screening s WHERE s.patient_id = ? AND s.place_code IS NOT NULL"
            + " GROUP BY s.patient_id, s.place_code, s.kind",
        patientId);
  }

  // referrals

  public void project(ReferralRequested requested) {
    execute(
        "INSERT INTO reporting.referral (referral_id, patient_id, place_code, county_code,"
            + " source_kind, source_id, requested_on, due_on, status, changed_at,"
            + " source_screening_kind, source_program_code, birth_date)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
            + " (SELECT s.kind FROM reporting.screening s WHERE CAST(? AS text) = 'SCREENING'"
            + " AND s.screening_id = ?),"
            + " (SELECT c.program_code FROM reporting.case_file c WHERE CAST(? AS text) = 'CASE'"
            + " AND c.case_id = ?), "
            + BIRTH_DATE_OF
            + ") ON CONFLICT (referral_id) DO NOTHING",
        requested.referralId(),
        requested.patient(),
        requested.placeCode(),
        countyOf(requested.countyCode(), requested.placeCode()),
        requested.sourceKind(),
        requested.sourceId(),
        requested.requestedOn(),
        requested.dueOn(),
        requested.status(),
        requested.occurredAt(),
        requested.sourceKind(),
        requested.sourceId(),
        requested.sourceKind(),
        requested.sourceId(),
        requested.patient());
  }

  /** Accepted, scheduled, declined, cancelled: the status it left the referral in. */
  public void projectStatus(ReferralEvent changed) {
    execute(
        "UPDATE reporting.referral SET status = ?, changed_at = ?"
            + " WHERE referral_id = ? AND changed_at <= ?",
        changed.status(),
        changed.occurredAt(),
        changed.referralId(),
        changed.occurredAt());
  }

  public void project(ReferralCompleted completed) {
    execute(
        "UPDATE reporting.referral SET status = ?, completed_on = ?, changed_at = ?"
            + " WHERE referral_id = ? AND changed_at <= ?",
        completed.status(),
        completed.completedOn(),
        completed.occurredAt(),
        completed.referralId(),
        completed.occurredAt());
  }

  public void project(ReferralReassigned reassigned) {
    execute(
        "UPDATE reporting.referral SET patient_id = ?, birth_date = "
            + BIRTH_DATE_OF
            + " WHERE referral_id = ?",
        reassigned.patient(),
        reassigned.patient(),
        reassigned.referralId());
  }

  // rehabilitation cases

  public void project(CaseEnrolled enrolled) {
    execute(
        "INSERT INTO reporting.case_file (case_id, patient_id, program_code, enrolment_phase,"
            + " current_phase, place_code, county_code, enrolled_on, stage, changed_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (case_id) DO NOTHING",
        enrolled.caseId(),
        enrolled.patient(),
        enrolled.programCode(),
        enrolled.phase(),
        enrolled.phase(),
        enrolled.placeCode(),
        countyOf(enrolled.countyCode(), enrolled.placeCode()),
        enrolled.enrolledOn(),
        FIRST_STAGE,
        enrolled.occurredAt());
    execute(
        "UPDATE reporting.referral SET source_program_code = ? WHERE source_kind = 'CASE'"
            + " AND source_id = ? AND source_program_code IS NULL",
        enrolled.programCode(),
        enrolled.caseId());
    activeIn(enrolled.caseId(), enrolled.phase());
  }

  public void project(CaseCarriedOver carried) {
    execute(
        "UPDATE reporting.case_file SET current_phase = ? WHERE case_id = ? AND current_phase < ?",
        carried.phase(),
        carried.caseId(),
        carried.phase());
    activeIn(carried.caseId(), carried.phase());
  }

  /** The stage; on closure also the outcome and the phase the case closed in. */
  public void project(CaseStageChanged changed) {
    boolean closed = CLOSED_STAGE.equals(String.valueOf(changed.toStage()));
    execute(
        "UPDATE reporting.case_file SET stage = ?, outcome = ?, closed_in_phase = ?,"
            + " changed_at = ? WHERE case_id = ? AND changed_at <= ?",
        changed.toStage(),
        closed ? Objects.toString(changed.outcome(), null) : null,
        closed ? changed.phase() : null,
        changed.occurredAt(),
        changed.caseId(),
        changed.occurredAt());
  }

  public void project(CaseReassigned reassigned) {
    execute(
        "UPDATE reporting.case_file SET patient_id = ? WHERE case_id = ?",
        reassigned.patient(),
        reassigned.caseId());
  }

  public void project(MilestonePlanned planned) {
    execute(
        "INSERT INTO reporting.milestone (milestone_id, case_id, kind, due_on, status, changed_at)"
            + " VALUES (?, ?, ?, ?, 'PLANNED', ?) ON CONFLICT (milestone_id) DO NOTHING",
        planned.milestoneId(),
        planned.caseId(),
        planned.kind(),
        planned.dueOn(),
        planned.occurredAt());
  }

  public void project(MilestoneRescheduled rescheduled) {
    execute(
        "UPDATE reporting.milestone SET due_on = ?, changed_at = ?"
            + " WHERE milestone_id = ? AND changed_at <= ?",
        rescheduled.dueOn(),
        rescheduled.occurredAt(),
        rescheduled.milestoneId(),
        rescheduled.occurredAt());
  }

  public void project(MilestoneAchieved achieved) {
    execute(
        "UPDATE reporting.milestone SET status = 'ACHIEVED', achieved_on = ?,"
            + " achieved_in_phase = ?, changed_at = ? WHERE milestone_id = ? AND changed_at <= ?",
        achieved.achievedOn(),
        achieved.phase(),
        achieved.occurredAt(),
        achieved.milestoneId(),
        achieved.occurredAt());
  }

  public void project(MilestoneSkipped skipped) {
    execute(
        "UPDATE reporting.milestone SET status = 'SKIPPED', changed_at = ?"
            + " WHERE milestone_id = ? AND changed_at <= ?",
        skipped.occurredAt(),
        skipped.milestoneId(),
        skipped.occurredAt());
  }

  // outreach clinics

  public void project(ClinicPlanned planned) {
    execute(
        "INSERT INTO reporting.clinic (clinic_id, place_code, county_code, held_on, status,"
            + " changed_at) VALUES (?, ?, ?, ?, 'PLANNED', ?) ON CONFLICT (clinic_id) DO NOTHING",
        planned.clinicId(),
        planned.placeCode(),
        county(planned.placeCode()),
        planned.date(),
        planned.occurredAt());
    execute(
        "INSERT INTO reporting.clinic_alliance (clinic_id, alliance_id, host) VALUES (?, ?, true)"
            + " ON CONFLICT (clinic_id, alliance_id) DO NOTHING",
        planned.clinicId(),
        planned.hostAllianceId());
    joining(planned.clinicId(), planned.hostAllianceId(), planned.joiningAllianceIds());
  }

  /** Place and joining alliances as they now are. */
  public void project(ClinicRevised revised) {
    execute(
        "UPDATE reporting.clinic SET place_code = ?, county_code = ? WHERE clinic_id = ?",
        revised.placeCode(),
        county(revised.placeCode()),
        revised.clinicId());
    execute(
        "DELETE FROM reporting.clinic_alliance WHERE clinic_id = ? AND NOT host",
        revised.clinicId());
    joining(revised.clinicId(), null, revised.joiningAllianceIds());
  }

  public void project(ClinicRescheduled rescheduled) {
    execute(
        "UPDATE reporting.clinic SET held_on = ? WHERE clinic_id = ?",
        rescheduled.date(),
        rescheduled.clinicId());
  }

  public void project(ClinicPublished published) {
    clinicStatus(published.clinicId(), "PUBLISHED", published.occurredAt());
  }

  public void project(ClinicStarted started) {
    clinicStatus(started.clinicId(), "IN_PROGRESS", started.occurredAt());
  }

  public void project(ClinicCompleted completed) {
    clinicStatus(completed.clinicId(), "COMPLETED", completed.occurredAt());
  }

  public void project(ClinicCancelled cancelled) {
    clinicStatus(cancelled.clinicId(), "CANCELLED", cancelled.occurredAt());
  }

  public void project(PatientAttended attended) {
    execute(
        "INSERT INTO reporting.attendance (attendance_id, clinic_id, patient_id) VALUES (?, ?, ?)"
            + " ON CONFLICT (attendance_id) DO NOTHING",
        attended.attendanceId(),
        attended.clinicId(),
        attended.attendingPatientId());
  }

  public void project(AttendanceMovedToSurvivor moved) {
    execute(
        "UPDATE reporting.attendance SET patient_id = ? WHERE attendance_id = ?",
        moved.survivorPatientId(),
        moved.attendanceId());
  }

  // helpers

  private void activeIn(String caseId, int phase) {
    execute(
        "INSERT INTO reporting.case_phase (case_id, phase) VALUES (?, ?)"
            + " ON CONFLICT (case_id, phase) DO NOTHING",
        caseId,
        phase);
  }

  private void joining(String clinicId, String hostAllianceId, List<String> joiningAllianceIds) {
    Set<String> joining =
        new LinkedHashSet<>(joiningAllianceIds == null ? List.of() : joiningAllianceIds);
    if (hostAllianceId != null) {
      joining.remove(hostAllianceId);
    }
    for (String allianceId : joining) {
      execute(
          "INSERT INTO reporting.clinic_alliance (clinic_id, alliance_id, host) VALUES (?, ?, false)"
              + " ON CONFLICT (clinic_id, alliance_id) DO NOTHING",
          clinicId,
          allianceId);
    }
  }

  private void clinicStatus(String clinicId, String status, Instant at) {
    execute(
        "UPDATE reporting.clinic SET status = ?, changed_at = ? WHERE clinic_id = ? AND changed_at <= ?",
        status,
        at,
        clinicId,
        at);
  }

  private static String county(String placeCode) {
    return Counties.countyOf(placeCode).orElse(null);
  }

  /** The county an event names, else the one its place code gives. */
  private static String countyOf(String countyCode, String placeCode) {
    return countyCode != null ? countyCode : county(placeCode);
  }

  /** The first column of the statement's first row, or {@code null} when it answers none. */
  private String queryString(String sql, Object... values) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      Statements.bind(statement, values);
      try (ResultSet row = statement.executeQuery()) {
        return row.next() ? row.getString(1) : null;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not update the read models", e);
    }
  }

  private void execute(String sql, Object... values) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      Statements.bind(statement, values);
      statement.execute();
    } catch (SQLException e) {
      throw new IllegalStateException("could not update the read models", e);
    }
  }
}
