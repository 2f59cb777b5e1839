package org.alliancecare.rehabilitation.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import org.alliancecare.kernel.events.DomainEvent;
import org.alliancecare.rehabilitation.api.PhaseHistoryEntry;
import org.alliancecare.rehabilitation.api.StageHistoryEntry;
import org.alliancecare.rehabilitation.api.events.CaseCarriedOver;
import org.alliancecare.rehabilitation.api.events.CaseEnrolled;
import org.alliancecare.rehabilitation.api.events.CaseReassigned;
import org.alliancecare.rehabilitation.api.events.CaseStageChanged;
import org.alliancecare.rehabilitation.api.events.MilestoneAchieved;
import org.alliancecare.rehabilitation.api.events.MilestonePlanned;
import org.alliancecare.rehabilitation.api.events.MilestoneRescheduled;
import org.alliancecare.rehabilitation.api.events.MilestoneSkipped;
import org.alliancecare.rehabilitation.internal.domain.CaseFile;
import org.alliancecare.rehabilitation.internal.domain.Milestone;

/**
 * Raises the events of a case, each with the case's identity, patient, program, current phase and
 * place, so that the facade and the observers say the same thing the same way.
 */
@ApplicationScoped
public class CaseEvents {

  @Inject Event<DomainEvent> events;

  public CaseEvents() {}

  /** Events into a sink of the caller's choice (tests). */
  public CaseEvents(Event<DomainEvent> events) {
    this.events = events;
  }

  void enrolled(CaseFile c, String by, Instant at) {
    events.fire(
        new CaseEnrolled(
            c.id().toString(),
            c.number().value(),
            c.patient().toString(),
            c.programCode(),
            c.currentPhase(),
            c.placement().placeCode(),
            c.placement().countyCode(),
            c.conditionsInOrder(),
            c.enrolledOn(),
            c.sourceScreeningId(),
            c.sourceReferralId(),
            by,
            at));
    for (Milestone m : c.milestones()) {
      planned(c, m, by, at);
    }
  }

  void planned(CaseFile c, Milestone m, String by, Instant at) {
    events.fire(
        new MilestonePlanned(
            c.id().toString(),
            c.number().value(),
            c.patient().toString(),
            c.programCode(),
            c.currentPhase(),
            c.placement().placeCode(),
            c.placement().countyCode(),
            m.id().toString(),
            m.condition(),
            m.kind(),
            m.title(),
            m.dueOn(),
            m.custom(),
            by,
            at));
  }

  void achieved(CaseFile c, CaseFile.Achieved achieved, String referralId, String by, Instant at) {
    Milestone m = achieved.milestone();
    events.fire(
        new MilestoneAchieved(
            c.id().toString(),
            c.number().value(),
            c.patient().toString(),
            c.programCode(),
            c.currentPhase(),
            c.placement().placeCode(),
            c.placement().countyCode(),
            m.id().toString(),
            m.condition(),
            m.kind(),
            m.dueOn(),
            m.achievedOn(),
            m.evidence(),
            referralId,
            by,
            at));
    for (CaseFile.Rescheduled r : achieved.rescheduled()) {
      Milestone moved = r.milestone();
      events.fire(
          new MilestoneRescheduled(
              c.id().toString(),
              c.number().value(),
              c.patient().toString(),
              c.programCode(),
              c.currentPhase(),
              c.placement().placeCode(),
              c.placement().countyCode(),
              moved.id().toString(),
              moved.condition(),
              moved.kind(),
              r.previousDueOn(),
              moved.dueOn(),
              by,
              at));
    }
  }

  void skipped(CaseFile c, Milestone m, String by, Instant at) {
    events.fire(
        new MilestoneSkipped(
            c.id().toString(),
            c.number().value(),
            c.patient().toString(),
            c.programCode(),
            c.currentPhase(),
            c.placement().placeCode(),
            c.placement().countyCode(),
            m.id().toString(),
            m.condition(),
            m.kind(),
            m.dueOn(),
            m.skipReason(),
            by,
            at));
  }

  void stageChanged(CaseFile c, StageHistoryEntry entry, LocalDate on) {
    events.fire(
        new CaseStageChanged(
            c.id().toString(),
            c.number().value(),
            c.patient().toString(),
            c.programCode(),
            c.currentPhase(),
            c.placement().placeCode(),
            c.placement().countyCode(),
            entry.from(),
            entry.to(),
            entry.outcome(),
            entry.note(),
            on,
            entry.by(),
            entry.at()));
  }

  void carriedOver(CaseFile c, PhaseHistoryEntry entry) {
    events.fire(
        new CaseCarriedOver(
            c.id().toString(),
            c.number().value(),
            c.patient().toString(),
            c.programCode(),
            c.currentPhase(),
            c.placement().placeCode(),
            c.placement().countyCode(),
            entry.fromPhase(),
            entry.on(),
            entry.by(),
            entry.at()));
  }

  void reassigned(CaseFile c, String previousPatient, String by, Instant at) {
    events.fire(
        new CaseReassigned(
            c.id().toString(),
            c.number().value(),
            c.patient().toString(),
            c.programCode(),
            c.currentPhase(),
            c.placement().placeCode(),
            c.placement().countyCode(),
            previousPatient,
            by,
            at));
  }

  void fire(DomainEvent event) {
    events.fire(event);
  }
}
