package org.alliancecare.notifications.api;

/** Who receives a reminder. */
public enum RecipientKind {
  /** A staff account (doctor, coordinator, lead), by username. */
  ACCOUNT,
  /** The guardian of a patient, by the patient's id. */
  GUARDIAN
}
