package org.alliancecare.interop.api;

/** What a file brings in: a list of children, or past screenings of children already known. */
public enum ImportKind {
  PATIENTS,
  SCREENINGS
}
