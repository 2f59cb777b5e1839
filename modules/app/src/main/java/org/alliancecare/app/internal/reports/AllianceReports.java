package org.alliancecare.app.internal.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.alliancecare.alliances.api.AllianceView;
import org.alliancecare.alliances.api.AlliancesFacade;
import org.alliancecare.directory.api.Caller;
import org.alliancecare.directory.api.DirectoryFacade;
import org.alliancecare.directory.api.Role;
import org.alliancecare.kernel.BusinessClock;
import org.alliancecare.kernel.InvalidInput;
import org.alliancecare.kernel.Page;
import org.alliancecare.kernel.PageRequest;
import org.alliancecare.reporting.api.AllianceReport;
import org.alliancecare.reporting.api.AllianceReportQuery;
import org.alliancecare.reporting.api.ClinicIndicators;
import org.alliancecare.reporting.api.ReportingFacade;

/**
 * The alliances' report for a caller: every alliance for coordinators and auditors, the alliances
 * an alliance lead leads today for a lead; counting the clinics at places of the caller's data
 * scope.
 */
@ApplicationScoped
public class AllianceReports {

  @Inject AlliancesFacade alliances;
  @Inject DirectoryFacade directory;
  @Inject ReportingFacade reporting;
  @Inject BusinessClock clock;

  /** The report for the period {@code from}–{@code to} (both optional, ISO dates). */
  public AllianceReportView report(String from, String to, Caller caller) {
    LocalDate first = date(from, "from");
    LocalDate last = date(to, "to");
    if (first != null && last != null && last.isBefore(first)) {
      throw InvalidInput.of("to", "must-not-before-from");
    }
    List<AllianceView> visible = visibleTo(caller);
    AllianceReport figures =
        reporting.allianceReport(
            new AllianceReportQuery(
                visible.stream().map(AllianceView::id).collect(Collectors.toSet()),
                first,
                last,
                directory.scopeOf(caller).places()));
    Map<String, ClinicIndicators> byAlliance = new HashMap<>();
    figures.alliances().forEach(a -> byAlliance.put(a.allianceId(), a.indicators()));
    List<AllianceReportView.AllianceRow> rows = new ArrayList<>();
    for (AllianceView alliance : visible) {
      ClinicIndicators counted = byAlliance.getOrDefault(alliance.id(), ClinicIndicators.NONE);
      rows.add(
          new AllianceReportView.AllianceRow(
              alliance.id(),
              alliance.code(),
              alliance.nameZh(),
              alliance.nameEn(),
              counted.clinicsHeld(),
              counted.patientsSeen(),
              counted.screenings(),
              counted.referrals()));
    }
    return new AllianceReportView(first, last, rows, figures.total());
  }

  private List<AllianceView> visibleTo(Caller caller) {
    List<AllianceView> all = new ArrayList<>();
    PageRequest page = PageRequest.first(PageRequest.MAX_LIMIT);
    while (true) {
      Page<AllianceView> found = alliances.alliances(page);
      all.addAll(found.items());
      if (found.nextCursor() == null) {
        break;
      }
      page = PageRequest.of(PageRequest.MAX_LIMIT, found.nextCursor());
    }
    all.sort(Comparator.comparing(AllianceView::code));
    if (caller.hasAnyRole(Role.COORDINATOR, Role.AUDITOR)) {
      return all;
    }
    Set<String> led =
        caller
            .practitioner()
            .map(practitioner -> alliances.alliancesLedBy(practitioner, today()))
            .orElse(Set.of());
    return all.stream().filter(alliance -> led.contains(alliance.id())).toList();
  }

  private LocalDate today() {
    return clock.today();
  }

  private static LocalDate date(String value, String field) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw InvalidInput.of(field, "must-date-yyyy-mm-dd-2");
    }
  }
}
