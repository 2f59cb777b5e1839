package org.alliancecare.reporting.api;

import java.util.List;

/**
 * The clinics' indicators per alliance and in total. A clinic joined by several alliances counts
 * for each of them, and once in the total.
 *
 * @param alliances one entry per alliance asked for, in the order of their ids
 */
public record AllianceReport(List<Alliance> alliances, ClinicIndicators total) {

  public AllianceReport {
    alliances = List.copyOf(alliances);
  }

  /** One alliance's indicators. */
  public record Alliance(String allianceId, ClinicIndicators indicators) {}
}
