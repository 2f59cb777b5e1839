package org.alliancecare.notifications.internal.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.alliancecare.notifications.internal.domain.TrackedClinic;
import org.alliancecare.notifications.internal.domain.TrackedMilestone;
import org.alliancecare.notifications.internal.domain.TrackedReferral;

/**
 * The facts the reminder rules look at, copied from the modules' events: referrals, the authors of
 * screenings, milestones, clinics with their staff and bookings. Each row is keyed by the identity
 * of what it is about, so that an event applied twice leaves it as once.
 */
@ApplicationScoped
public class TrackedFacts {

  private static final String REFERRAL_COLUMNS =
      "referral_id, referral_number, patient_id, place_code, to_organisation_id, specialty,"
          + " requested_on, due_on, referring_username, status";
  private static final String MILESTONE_COLUMNS =
      "milestone_id, case_id, case_number, patient_id, place_code, title, due_on";
  private static final String CLINIC_COLUMNS =
      "clinic_id, clinic_number, title, place_code, venue, held_on, starts_at, time_zone, status,"
          + " sequence";

  @Inject DataSource dataSource;

  public TrackedFacts() {}

  public TrackedFacts(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  public void referralRequested(TrackedReferral referral, Instant at) {
    update(
        "INSERT INTO notifications.tracked_referral ("
            + REFERRAL_COLUMNS
            + ", changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (referral_id)"
            + " DO NOTHING",
        referral.referralId(),
        referral.referralNumber(),
        referral.patientId(),
        referral.placeCode(),
        referral.toOrganisationId(),
        referral.specialty(),
        Date.valueOf(referral.requestedOn()),
        Date.valueOf(referral.dueOn()),
        referral.referringUsername(),
        referral.status(),
        Timestamp.from(at));
  }

  /** The referral moved to {@code status} at {@code at} (an older change does not undo a newer). */
  public void referralMoved(String referralId, String status, Instant at) {
    update(
        "UPDATE notifications.tracked_referral SET status = ?, changed_at = ?"
            + " WHERE referral_id = ? AND changed_at <= ?",
        status,
        Timestamp.from(at),
        referralId,
        Timestamp.from(at));
  }

  public void referralReassigned(String referralId, String patientId) {
    update(
        "UPDATE notifications.tracked_referral SET patient_id = ? WHERE referral_id = ?",
        patientId,
        referralId);
  }

  public void screeningAuthor(String screeningId, String username) {
    update(
        "INSERT INTO notifications.screening_author (screening_id, username) VALUES (?, ?)"
            + " ON CONFLICT (screening_id) DO NOTHING",
        screeningId,
        username);
  }

  public Optional<String> authorOf(String screeningId) {
    List<String> found =
        query(
            "SELECT username FROM notifications.screening_author WHERE screening_id = ?",
            row -> row.getString(1),
            screeningId);
    return found.stream().findFirst();
  }

  /** Referrals still REQUESTED that were requested on or before {@code day}. */
  public List<TrackedReferral> notAcceptedSince(LocalDate day) {
    return query(
        "SELECT "
            + REFERRAL_COLUMNS
            + " FROM notifications.tracked_referral WHERE status = 'REQUESTED'"
            + " AND requested_on <= ?",
        TrackedFacts::referral,
        Date.valueOf(day));
  }

  /** Open referrals due before {@code day}. */
  public List<TrackedReferral> openDueBefore(LocalDate day) {
    return query(
        "SELECT "
            + REFERRAL_COLUMNS
            + " FROM notifications.tracked_referral WHERE status IN ('REQUESTED', 'ACCEPTED',"
            + " 'SCHEDULED') AND due_on < ?",
        TrackedFacts::referral,
        Date.valueOf(day));
  }

  public void milestonePlanned(TrackedMilestone milestone, Instant at) {
    update(
        "INSERT INTO notifications.tracked_milestone ("
            + MILESTONE_COLUMNS
            + ", status, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'PLANNED', ?)"
            + " ON CONFLICT (milestone_id) DO NOTHING",
        milestone.milestoneId(),
        milestone.caseId(),
        milestone.caseNumber(),
        milestone.patientId(),
        milestone.placeCode(),
        milestone.title(),
        Date.valueOf(milestone.dueOn()),
        Timestamp.from(at));
  }

  public void milestoneRescheduled(String milestoneId, LocalDate dueOn, Instant at) {
    update(
        "UPDATE notifications.tracked_milestone SET due_on = ?, changed_at = ?"
            + " WHERE milestone_id = ? AND changed_at <= ?",
        Date.valueOf(dueOn),
        Timestamp.from(at),
        milestoneId,
        Timestamp.from(at));
  }

  /** The milestone was ACHIEVED or SKIPPED: no more reminders about it. */
  public void milestoneEnded(String milestoneId, String status, Instant at) {
    update(
        "UPDATE notifications.tracked_milestone SET status = ?, changed_at = ?"
            + " WHERE milestone_id = ?",
        status,
        Timestamp.from(at),
        milestoneId);
  }

  /** Planned milestones due between {@code from} and {@code to}, both included. */
  public List<TrackedMilestone> plannedDueBetween(LocalDate from, LocalDate to) {
    return query(
        "SELECT "
            + MILESTONE_COLUMNS
            + " FROM notifications.tracked_milestone WHERE status = 'PLANNED'"
            + " AND due_on BETWEEN ? AND ?",
        TrackedFacts::milestone,
        Date.valueOf(from),
        Date.valueOf(to));
  }

  public void clinicPlanned(TrackedClinic clinic) {
    update(
        "INSERT INTO notifications.tracked_clinic ("
            + CLINIC_COLUMNS
            + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (clinic_id) DO NOTHING",
        clinic.clinicId(),
        clinic.clinicNumber(),
        clinic.title(),
        clinic.placeCode(),
        clinic.venue(),
        Date.valueOf(clinic.heldOn()),
        Time.valueOf(clinic.startsAt()),
        clinic.timeZone(),
        clinic.status(),
        clinic.sequence());
  }

  public void clinicRescheduled(
      String clinicId, LocalDate heldOn, LocalTime startsAt, String timeZone, int sequence) {
    update(
        "UPDATE notifications.tracked_clinic SET held_on = ?, starts_at = ?, time_zone = ?,"
            + " sequence = ? WHERE clinic_id = ? AND sequence < ?",
        Date.valueOf(heldOn),
        Time.valueOf(startsAt),
        timeZone,
        sequence,
        clinicId,
        sequence);
  }

  public void clinicRevised(String clinicId, String title, String placeCode, String venue) {
    update(
        "UPDATE notifications.tracked_clinic SET title = ?, place_code = ?, venue = ?"
            + " WHERE clinic_id = ?",
        title,
        placeCode,
        venue,
        clinicId);
  }

  public void clinicStatus(String clinicId, String status) {
    update(
        "UPDATE notifications.tracked_clinic SET status = ? WHERE clinic_id = ?", status, clinicId);
  }

  public Optional<TrackedClinic> clinic(String clinicId) {
    return query(
            "SELECT " + CLINIC_COLUMNS + " FROM notifications.tracked_clinic WHERE clinic_id = ?",
            TrackedFacts::clinic,
            clinicId)
        .stream()
        .findFirst();
  }

  /** Published clinics held on {@code day}. */
  public List<TrackedClinic> publishedOn(LocalDate day) {
    return query(
        "SELECT "
            + CLINIC_COLUMNS
            + " FROM notifications.tracked_clinic WHERE status = 'PUBLISHED' AND held_on = ?",
        TrackedFacts::clinic,
        Date.valueOf(day));
  }

  public void staffAssigned(String clinicId, String practitionerId) {
    update(
        "INSERT INTO notifications.clinic_staff (clinic_id, practitioner_id) VALUES (?, ?)"
            + " ON CONFLICT DO NOTHING",
        clinicId,
        practitionerId);
  }

  public void staffReleased(String clinicId, String practitionerId) {
    update(
        "DELETE FROM notifications.clinic_staff WHERE clinic_id = ? AND practitioner_id = ?",
        clinicId,
        practitionerId);
  }

  public List<String> staffOf(String clinicId) {
    return query(
        "SELECT practitioner_id FROM notifications.clinic_staff WHERE clinic_id = ?"
            + " ORDER BY practitioner_id",
        row -> row.getString(1),
        clinicId);
  }

  public void booked(String clinicId, String patientId) {
    update(
        "INSERT INTO notifications.clinic_booking (clinic_id, patient_id) VALUES (?, ?)"
            + " ON CONFLICT DO NOTHING",
        clinicId,
        patientId);
  }

  public List<String> bookedAt(String clinicId) {
    return query(
        "SELECT patient_id FROM notifications.clinic_booking WHERE clinic_id = ?"
            + " ORDER BY patient_id",
        row -> row.getString(1),
        clinicId);
  }

  private interface Row<T> {
    T read(ResultSet row) throws SQLException;
  }

  private void update(String sql, Object... values) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      bind(statement, values);
      statement.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("the reminders' facts could not be kept", e);
    }
  }

  private <T> List<T> query(String sql, Row<T> mapping, Object... values) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      bind(statement, values);
      List<T> found = new ArrayList<>();
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          found.add(mapping.read(rows));
        }
      }
      return found;
    } catch (SQLException e) {
      throw new IllegalStateException("the reminders' facts could not be read", e);
    }
  }

  private static void bind(PreparedStatement statement, Object... values) throws SQLException {
    for (int i = 0; i < values.length; i++) {
      statement.setObject(i + 1, values[i]);
    }
  }

  private static TrackedReferral referral(ResultSet row) throws SQLException {
    return new TrackedReferral(
        row.getString("referral_id"),
        row.getString("referral_number"),
        row.getString("patient_id"),
        row.getString("place_code"),
        row.getString("to_organisation_id"),
        row.getString("specialty"),
        row.getDate("requested_on").toLocalDate(),
        row.getDate("due_on").toLocalDate(),
        row.getString("referring_username"),
        row.getString("status"));
  }

  private static TrackedMilestone milestone(ResultSet row) throws SQLException {
    return new TrackedMilestone(
        row.getString("milestone_id"),
        row.getString("case_id"),
        row.getString("case_number"),
        row.getString("patient_id"),
        row.getString("place_code"),
        row.getString("title"),
        row.getDate("due_on").toLocalDate());
  }

  private static TrackedClinic clinic(ResultSet row) throws SQLException {
    return new TrackedClinic(
        row.getString("clinic_id"),
        row.getString("clinic_number"),
        row.getString("title"),
        row.getString("place_code"),
        row.getString("venue"),
        row.getDate("held_on").toLocalDate(),
        row.getTime("starts_at").toLocalTime(),
        row.getString("time_zone"),
        row.getString("status"),
        row.getInt("sequence"));
  }
}
