package org.alliancecare.directory.api;

import java.time.LocalDate;

/**
 * A doctor or therapist. An aid practitioner ({@link Origin#AID}) has a home organisation (the
 * donor-province hospital that sent them) and the dates of their tour.
 *
 * @param organisationId where they work in the region
 * @param version the record's version, also its ETag
 */
public record Practitioner(
    String id,
    String name,
    String specialty,
    Origin origin,
    String organisationId,
    String homeOrganisationId,
    LocalDate tourStart,
    LocalDate tourEnd,
    long version) {

  /** Whether an aid practitioner's tour includes the day (a local practitioner is always there). */
  public boolean servesOn(LocalDate day) {
    if (origin != Origin.AID) {
      return true;
    }
    return !day.isBefore(tourStart) && !day.isAfter(tourEnd);
  }
}
