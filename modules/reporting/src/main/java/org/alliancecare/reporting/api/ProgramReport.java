package org.alliancecare.reporting.api;

import java.time.LocalDate;
import java.util.List;

/**
 * A program's indicators per county and in total. The total counts each child once, also one whose
 * facts lie in two counties, so it is not always the sum of the rows.
 *
 * @param asOf the day "today" of the overdue figures (China Standard Time)
 * @param counties one entry per county-level place with facts, in code order
 */
public record ProgramReport(LocalDate asOf, List<County> counties, ProgramIndicators total) {

  public ProgramReport {
    counties = List.copyOf(counties);
  }

  /** One county's indicators. */
  public record County(String countyCode, ProgramIndicators indicators) {}
}
