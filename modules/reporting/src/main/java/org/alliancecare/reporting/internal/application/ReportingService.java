package org.alliancecare.reporting.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.alliancecare.kernel.BusinessClock;
import org.alliancecare.kernel.events.DomainEvent;
import org.alliancecare.reporting.api.AllianceReport;
import org.alliancecare.reporting.api.AllianceReportQuery;
import org.alliancecare.reporting.api.ProgramReport;
import org.alliancecare.reporting.api.ProgramReportQuery;
import org.alliancecare.reporting.api.Rebuilt;
import org.alliancecare.reporting.api.RecordedEvent;
import org.alliancecare.reporting.api.ReportingFacade;
import org.alliancecare.reporting.internal.persistence.Indicators;
import org.alliancecare.reporting.internal.persistence.ReadModels;

/** The reporting facade: reads of the indicators, and the rebuild of the read models. */
@ApplicationScoped
@Transactional
public class ReportingService implements ReportingFacade {

  @Inject ReadModels readModels;
  @Inject Indicators indicators;
  @Inject BusinessClock clock;

  public ReportingService() {}

  /** A facade wired by hand (tests). */
  public ReportingService(ReadModels readModels, Indicators indicators, BusinessClock clock) {
    this.readModels = readModels;
    this.indicators = indicators;
    this.clock = clock;
  }

  @Override
  public ProgramReport programReport(ProgramReportQuery query) {
    return indicators.program(query, clock.today());
  }

  @Override
  public AllianceReport allianceReport(AllianceReportQuery query) {
    return indicators.alliances(query);
  }

  @Override
  public Rebuilt rebuild(Iterable<RecordedEvent> journal) {
    readModels.holdForRebuild();
    readModels.clear();
    long read = 0;
    long projected = 0;
    for (RecordedEvent entry : journal) {
      read++;
      Optional<DomainEvent> event = JournalPayloads.eventOf(entry);
      if (event.isPresent() && Projection.apply(readModels, event.get())) {
        projected++;
      }
    }
    return new Rebuilt(read, projected);
  }
}
