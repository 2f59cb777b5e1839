package org.alliancecare.app.internal.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.alliancecare.directory.api.Caller;
import org.alliancecare.directory.api.DirectoryFacade;
import org.alliancecare.directory.api.Place;
import org.alliancecare.kernel.InvalidInput;
import org.alliancecare.kernel.RecordNotFound;
import org.alliancecare.rehabilitation.api.PhaseView;
import org.alliancecare.rehabilitation.api.ProgramView;
import org.alliancecare.rehabilitation.api.RehabilitationFacade;
import org.alliancecare.reporting.api.ProgramIndicators;
import org.alliancecare.reporting.api.ProgramReport;
import org.alliancecare.reporting.api.ProgramReportQuery;
import org.alliancecare.reporting.api.ReportingFacade;
import org.alliancecare.web.api.IndicatorReports;

/**
 * A program's report for a caller: the program and its phase as the rehabilitation module has them
 * (its places, age limit and conditions; the phase's dates), the places the caller may see within
 * the program's places (and within the place asked for), and the reporting module's figures for
 * those places, named with the directory's counties.
 */
@ApplicationScoped
public class ProgramReports implements IndicatorReports {

  @Inject RehabilitationFacade rehabilitation;
  @Inject DirectoryFacade directory;
  @Inject ReportingFacade reporting;
  @Inject Places places;

  /**
   * The report; an unknown program or phase is {@link RecordNotFound}, a malformed phase or an
   * unknown place {@link InvalidInput}.
   */
  @Override
  public ProgramReportView report(String code, String phase, String placeCode, Caller caller) {
    Integer number = phaseNumber(phase);
    String place = placeCode == null || placeCode.isBlank() ? null : placeCode.strip();
    Set<String> requested = place == null ? null : places.withinRequested(place, "placeCode");
    ProgramView program = rehabilitation.program(code, caller);
    PhaseView chosen =
        number == null
            ? null
            : program.phases().stream()
                .filter(p -> p.number() == number)
                .findFirst()
                .orElseThrow(() -> new RecordNotFound("phase"));

    Set<String> counted = new HashSet<>(directory.scopeOf(caller).places());
    counted.retainAll(places.within(program.eligibility().placeCodes()));
    if (requested != null) {
      counted.retainAll(requested);
    }
    ProgramReport figures =
        reporting.programReport(
            new ProgramReportQuery(
                program.code(),
                number,
                chosen == null ? null : chosen.startsOn(),
                chosen == null ? null : chosen.endsOn(),
                program.eligibility().conditions().stream()
                    .map(Enum::name)
                    .collect(Collectors.toSet()),
                program.eligibility().maxAgeExclusive(),
                counted));

    Map<String, Place> counties = places.counties();
    Map<String, ProgramIndicators> rows = new TreeMap<>();
    counties.keySet().stream()
        .filter(counted::contains)
        .forEach(county -> rows.put(county, ProgramIndicators.NONE));
    figures.counties().forEach(county -> rows.put(county.countyCode(), county.indicators()));
    List<ProgramReportView.CountyRow> countyRows = new ArrayList<>();
    rows.forEach(
        (county, indicators) -> {
          Place named = counties.get(county);
          countyRows.add(
              ProgramReportView.CountyRow.of(
                  county,
                  named == null ? null : named.nameZh(),
                  named == null ? null : named.nameEn(),
                  indicators));
        });
    return new ProgramReportView(
        program.code(),
        program.nameZh(),
        program.nameEn(),
        number,
        place,
        chosen == null ? null : chosen.startsOn(),
        chosen == null ? null : chosen.endsOn(),
        figures.asOf(),
        countyRows,
        figures.total());
  }

  private static Integer phaseNumber(String phase) {
    if (phase == null || phase.isBlank()) {
      return null;
    }
    try {
      int number = Integer.parseInt(phase.strip());
      if (number > 0) {
        return number;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw InvalidInput.of("phase", "must-phase-number-whole-number-from-1");
  }
}
