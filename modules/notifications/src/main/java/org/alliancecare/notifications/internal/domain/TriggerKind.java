package org.alliancecare.notifications.internal.domain;

/** What a reminder rule looks at; a rule's {@code days} is read as each kind says. */
public enum TriggerKind {
  /** A referral still REQUESTED {@code days} after it was requested. */
  REFERRAL_NOT_ACCEPTED,
  /** An open referral {@code days} after its due date (0: the day after it). */
  REFERRAL_OVERDUE,
  /** A planned milestone {@code days} or fewer before its due date. */
  MILESTONE_DUE,
  /** A planned milestone {@code days} after its due date (0: the day after it). */
  MILESTONE_OVERDUE,
  /** A clinic published. */
  CLINIC_PUBLISHED,
  /** A published clinic moved to another day or time. */
  CLINIC_MOVED,
  /** A published clinic {@code days} ahead (1: the day before). */
  CLINIC_AHEAD;

  /** Whether the scan finds its causes (else an event brings them). */
  public boolean scanned() {
    return this != CLINIC_PUBLISHED && this != CLINIC_MOVED;
  }
}
