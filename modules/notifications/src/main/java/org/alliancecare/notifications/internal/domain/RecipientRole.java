package org.alliancecare.notifications.internal.domain;

/** Whom a rule tells, as its row names them. */
public enum RecipientRole {
  /** The guardians of the child, by SMS in their language. */
  FAMILY,
  /** The account that made the referral (or recorded the screening that started it). */
  REFERRING_DOCTOR,
  /** The coordinators whose jurisdiction covers the receiving organisation's place. */
  RECEIVING_COORDINATORS,
  /** The coordinators whose jurisdiction covers the case's place. */
  CASE_COORDINATORS,
  /** The accounts of the clinic's staff. */
  CLINIC_STAFF;

  public boolean family() {
    return this == FAMILY;
  }
}
