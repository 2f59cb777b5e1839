package org.alliancecare.reporting.api;

import java.time.LocalDate;
import java.util.Set;

/**
 * What an alliance report counts: the clinics held by (hosted or joined by) these alliances on days
 * of the period, at these places.
 *
 * @param from first day; {@code null} for no lower bound
 * @param to last day; {@code null} for no upper bound
 */
public record AllianceReportQuery(
    Set<String> allianceIds, LocalDate from, LocalDate to, Set<String> places) {

  public AllianceReportQuery {
    allianceIds = Set.copyOf(allianceIds);
    places = Set.copyOf(places);
    if (from != null && to != null && to.isBefore(from)) {
      throw new IllegalArgumentException("the period ends before it begins");
    }
  }
}
