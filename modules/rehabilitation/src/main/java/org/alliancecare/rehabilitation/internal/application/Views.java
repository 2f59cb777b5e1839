package org.alliancecare.rehabilitation.internal.application;

import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;
import org.alliancecare.rehabilitation.api.CaseMilestoneView;
import org.alliancecare.rehabilitation.api.CaseView;
import org.alliancecare.rehabilitation.api.Eligibility;
import org.alliancecare.rehabilitation.api.MilestoneView;
import org.alliancecare.rehabilitation.api.PhaseView;
import org.alliancecare.rehabilitation.api.ProgramView;
import org.alliancecare.rehabilitation.internal.domain.CaseFile;
import org.alliancecare.rehabilitation.internal.domain.Milestone;
import org.alliancecare.rehabilitation.internal.domain.Phase;
import org.alliancecare.rehabilitation.internal.domain.Program;

/** The records the facade answers, made from the domain's objects for the day of the answer. */
final class Views {

  private Views() {}

  static ProgramView program(Program program, List<PhaseView> phases) {
    return new ProgramView(
        program.code(),
        program.nameZh(),
        program.nameEn(),
        new Eligibility(
            program.maxAgeExclusive(),
            List.copyOf(new TreeSet<>(program.placeCodes())),
            program.conditionsInOrder()),
        program.templates(),
        phases,
        program.createdAt(),
        program.createdBy(),
        program.version());
  }

  static PhaseView phase(Phase phase, int enrolled, int active) {
    return new PhaseView(
        phase.programCode(),
        phase.number(),
        phase.startsOn(),
        phase.endsOn(),
        phase.quota(),
        phase.status(),
        enrolled,
        active,
        phase.openedAt(),
        phase.closedAt(),
        phase.version());
  }

  static CaseView caseFile(CaseFile c, LocalDate today, boolean whole) {
    return new CaseView(
        c.id().toString(),
        c.number().value(),
        c.version(),
        c.patient().toString(),
        c.programCode(),
        c.conditions(),
        c.enrolmentPhase(),
        c.currentPhase(),
        c.enrolledOn(),
        c.placement().placeCode(),
        c.sourceScreeningId(),
        c.sourceReferralId(),
        c.stage(),
        c.outcome(),
        c.closedOn(),
        c.isOverdueOn(today),
        c.enrolledAt(),
        c.enrolledBy(),
        whole ? c.milestones().stream().map(m -> milestone(m, today)).toList() : null,
        whole ? c.phaseHistory() : null,
        whole ? c.stageHistory() : null);
  }

  static CaseMilestoneView milestone(CaseFile c, Milestone m, LocalDate today) {
    return new CaseMilestoneView(
        m.id().toString(),
        c.id().toString(),
        c.number().value(),
        c.version(),
        c.patient().toString(),
        m.condition(),
        m.kind(),
        m.title(),
        m.dueOn(),
        m.status(),
        m.achievedOn(),
        m.evidence(),
        m.skipReason(),
        m.custom(),
        m.isOverdueOn(today));
  }

  static MilestoneView milestone(Milestone m, LocalDate today) {
    return new MilestoneView(
        m.id().toString(),
        m.condition(),
        m.kind(),
        m.title(),
        m.dueOn(),
        m.status(),
        m.achievedOn(),
        m.evidence(),
        m.skipReason(),
        m.custom(),
        m.isOverdueOn(today));
  }
}
