package org.alliancecare.referrals.api;

/** How soon the patient is to be seen; it sets the default due date. */
public enum Urgency {
  ROUTINE,
  URGENT
}
