package org.alliancecare.reporting.api;

/**
 * Indicators computed from the modules' events (DOMAIN.md, Indicators). The read models behind them
 * are kept up to date by the module itself, in the transaction of every event that changes them;
 * this facade reads them and can build them again from the audit journal.
 *
 * <p>The facade knows no callers and no programs: the caller of the API decides which places a
 * report may count (the caller's data scope, the program's places) and hands them in with the
 * query.
 */
public interface ReportingFacade {

  /** A program's indicators per county and in total, as of today. */
  ProgramReport programReport(ProgramReportQuery query);

  /** The indicators of the given alliances' outreach clinics, per alliance and in total. */
  AllianceReport allianceReport(AllianceReportQuery query);

  /**
   * Empties the read models and projects every event of {@code journal} again, in the order given
   * (the journal's order), through the same projection as the live events, in one transaction.
   * While it runs, changes that raise projected events wait for it.
   */
  Rebuilt rebuild(Iterable<RecordedEvent> journal);
}
