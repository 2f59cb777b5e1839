package org.alliancecare.reporting.api;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * What a program report counts.
 *
 * @param programCode the program whose cases count
 * @param phase the phase whose active cases count; {@code null} for the whole program
 * @param from first day of the period whose screenings and referrals count; {@code null} for no
 *     lower bound
 * @param to last day of that period; {@code null} for no upper bound
 * @param screeningKinds the kinds of screening that belong to the program (its conditions)
 * @param maxAgeExclusive screenings and referrals count for children younger than this on the day
 * @param places only facts at these places count (the caller's scope, the program's places and the
 *     requested place, already intersected)
 */
public record ProgramReportQuery(
    String programCode,
    Integer phase,
    LocalDate from,
    LocalDate to,
    Set<String> screeningKinds,
    int maxAgeExclusive,
    Set<String> places) {

  public ProgramReportQuery {
    Objects.requireNonNull(programCode, "programCode");
    screeningKinds = Set.copyOf(screeningKinds);
    places = Set.copyOf(places);
    if (maxAgeExclusive < 1) {
      throw new IllegalArgumentException("maxAgeExclusive must be positive");
    }
    if (from != null && to != null && to.isBefore(from)) {
      throw new IllegalArgumentException("the period ends before it begins");
    }
  }
}
