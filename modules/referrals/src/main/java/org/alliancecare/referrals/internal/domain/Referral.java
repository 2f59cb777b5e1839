package org.alliancecare.referrals.internal.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.alliancecare.kernel.InvalidInput;
import org.alliancecare.referrals.api.ReferralSource;
import org.alliancecare.referrals.api.ReferralStatus;
import org.alliancecare.referrals.api.Urgency;

/**
 * A request that a patient be seen by another organisation or specialty, tracked until it is
 * completed, declined or cancelled. Every change of status goes through an intention-revealing
 * method that checks the state machine ({@link ReferralStatus#next()}) and appends a {@link
 * Transition} to the history; {@link #isOverdueOn(LocalDate)} is derived, never stored.
 */
public final class Referral {

  private final ReferralId id;
  private final ReferralNumber number;
  private PatientId patient;
  private final String placeCode;
  private final String countyCode;
  private final ReferralSource source;
  private final String toOrganisationId;
  private final String specialty;
  private final Urgency urgency;
  private final String reason;
  private final LocalDate dueOn;
  private final Instant requestedAt;
  private final String requestedBy;
  private ReferralStatus status;
  private Instant appointmentAt;
  private String outcome;
  private String findings;
  private Instant completedAt;
  private long version;
  private final List<Transition> transitions;

  /** The state of a referral as stored; use {@link #request} for a new one. */
  public record Snapshot(
      ReferralId id,
      ReferralNumber number,
      PatientId patient,
      String placeCode,
      String countyCode,
      ReferralSource source,
      String toOrganisationId,
      String specialty,
      Urgency urgency,
      String reason,
      LocalDate dueOn,
      Instant requestedAt,
      String requestedBy,
      ReferralStatus status,
      Instant appointmentAt,
      String outcome,
      String findings,
      Instant completedAt,
      long version,
      List<Transition> transitions) {}

  private Referral(Snapshot s) {
    this.id = Objects.requireNonNull(s.id(), "id");
    this.number = Objects.requireNonNull(s.number(), "number");
    this.patient = Objects.requireNonNull(s.patient(), "patient");
    this.placeCode = Objects.requireNonNull(s.placeCode(), "placeCode");
    this.countyCode = s.countyCode();
    this.source = Objects.requireNonNull(s.source(), "source");
    this.toOrganisationId = Objects.requireNonNull(s.toOrganisationId(), "toOrganisationId");
    this.specialty = required(s.specialty(), "specialty");
    this.urgency = Objects.requireNonNull(s.urgency(), "urgency");
    this.reason = required(s.reason(), "reason");
    this.dueOn = Objects.requireNonNull(s.dueOn(), "dueOn");
    this.requestedAt = Objects.requireNonNull(s.requestedAt(), "requestedAt");
    this.requestedBy = Objects.requireNonNull(s.requestedBy(), "requestedBy");
    this.status = Objects.requireNonNull(s.status(), "status");
    this.appointmentAt = s.appointmentAt();
    this.outcome = s.outcome();
    this.findings = s.findings();
    this.completedAt = s.completedAt();
    this.version = s.version();
    this.transitions = new ArrayList<>(s.transitions());
  }

  /** A referral as it was stored. */
  public static Referral restore(Snapshot snapshot) {
    return new Referral(snapshot);
  }

  /** A new referral, REQUESTED at {@code at} by {@code by}, at version 1. */
  public static Referral request(
      ReferralId id,
      ReferralNumber number,
      PatientId patient,
      String placeCode,
      String countyCode,
      ReferralSource source,
      String toOrganisationId,
      String specialty,
      Urgency urgency,
      String reason,
      LocalDate dueOn,
      Instant at,
      String by) {
    Transition requested = new Transition(null, ReferralStatus.REQUESTED, at, by, null);
    return new Referral(
        new Snapshot(
            id,
            number,
            patient,
            placeCode,
            countyCode,
            source,
            toOrganisationId,
            specialty,
            urgency,
            reason,
            dueOn,
            at,
            by,
            ReferralStatus.REQUESTED,
            null,
            null,
            null,
            null,
            1,
            List.of(requested)));
  }

  public Transition accept(String by, Instant at) {
    return moveTo(ReferralStatus.ACCEPTED, by, at, null);
  }

  public Transition decline(String reason, String by, Instant at) {
    return moveTo(ReferralStatus.DECLINED, by, at, required(reason, "reason"));
  }

  public Transition schedule(Instant appointmentAt, String by, Instant at) {
    Objects.requireNonNull(appointmentAt, "appointmentAt");
    Transition transition = moveTo(ReferralStatus.SCHEDULED, by, at, null);
    this.appointmentAt = appointmentAt;
    return transition;
  }

  public Transition complete(String outcome, String findings, String by, Instant at) {
    String theOutcome = required(outcome, "outcome");
    String theFindings = required(findings, "findings");
    Transition transition = moveTo(ReferralStatus.COMPLETED, by, at, null);
    this.outcome = theOutcome;
    this.findings = theFindings;
    this.completedAt = at;
    return transition;
  }

  public Transition cancel(String reason, String by, Instant at) {
    return moveTo(ReferralStatus.CANCELLED, by, at, required(reason, "reason"));
  }

  /** The patient was merged into {@code survivor}: the referral is the survivor's from now on. */
  public void reassignTo(PatientId survivor) {
    this.patient = Objects.requireNonNull(survivor, "survivor");
  }

  /** Still open and {@code today} is after the due date: on the due date itself it is not late. */
  public boolean isOverdueOn(LocalDate today) {
    return status.isOpen() && today.isAfter(dueOn);
  }

  /** The version after a stored change. */
  public void stored(long newVersion) {
    this.version = newVersion;
  }

  private Transition moveTo(ReferralStatus target, String by, Instant at, String reason) {
    if (!status.mayMoveTo(target)) {
      throw new InvalidTransition(status, target);
    }
    Transition transition = new Transition(status, target, at, by, reason);
    status = target;
    transitions.add(transition);
    return transition;
  }

  private static String required(String value, String field) {
    if (value == null || value.isBlank()) {
      throw InvalidInput.of(field, "required");
    }
    return value.strip();
  }

  public ReferralId id() {
    return id;
  }

  public ReferralNumber number() {
    return number;
  }

  public PatientId patient() {
    return patient;
  }

  public String placeCode() {
    return placeCode;
  }

  public String countyCode() {
    return countyCode;
  }

  public ReferralSource source() {
    return source;
  }

  public String toOrganisationId() {
    return toOrganisationId;
  }

  public String specialty() {
    return specialty;
  }

  public Urgency urgency() {
    return urgency;
  }

  public String reason() {
    return reason;
  }

  public LocalDate dueOn() {
    return dueOn;
  }

  public Instant requestedAt() {
    return requestedAt;
  }

  public String requestedBy() {
    return requestedBy;
  }

  public ReferralStatus status() {
    return status;
  }

  public Instant appointmentAt() {
    return appointmentAt;
  }

  public String outcome() {
    return outcome;
  }

  public String findings() {
    return findings;
  }

  public Instant completedAt() {
    return completedAt;
  }

  public long version() {
    return version;
  }

  public List<Transition> transitions() {
    return List.copyOf(transitions);
  }
}
