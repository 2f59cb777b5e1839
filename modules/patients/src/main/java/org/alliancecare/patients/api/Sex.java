package org.alliancecare.patients.api;

/** Sex as recorded for a patient and as encoded in the identity number's sequence. */
public enum Sex {
  MALE,
  FEMALE
}
