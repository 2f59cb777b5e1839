package org.alliancecare.rehabilitation.api;

import java.util.Collection;
import java.util.List;
import org.alliancecare.directory.api.Caller;
import org.alliancecare.kernel.Page;
import org.alliancecare.kernel.PageRequest;

/**
 * Rehabilitation programs, their phases, and children's cases with stages and milestones. A case
 * that is missing or whose patient is outside the caller's data scope answers {@link
 * org.alliancecare.kernel.RecordNotFound}; a broken rule answers the {@link
 * org.alliancecare.kernel.BusinessRuleViolation} named in API.md; a change made on the strength of
 * an old version answers {@link org.alliancecare.kernel.StaleVersion}.
 */
public interface RehabilitationFacade {

  // programs and phases

  ProgramView createProgram(NewProgram program, Caller by);

  ProgramView program(String code, Caller by);

  /**
   * Every program with its phases, by code (a handful: programs are created by coordinators), for
   * lists of programs and the FHIR groups of program phases.
   */
  List<ProgramView> programs(Caller by);

  PhaseView planPhase(String programCode, NewPhase phase, Caller by);

  PhaseView phase(String programCode, int number, Caller by);

  /**
   * Opens a PLANNED phase for enrolment; {@code expectedVersion} (the phase's) is checked when
   * given.
   */
  PhaseView openPhase(String programCode, int number, Long expectedVersion, Caller by);

  /**
   * Closes the OPEN phase and carries its open cases into the next PLANNED or OPEN phase ({@code
   * no-next-phase} when there are open cases and no such phase).
   */
  PhaseView closePhase(String programCode, int number, Long expectedVersion, Caller by);

  // cases

  /**
   * Enrols a child in the program's OPEN phase, stage ASSESSMENT, with the milestones of the
   * templates; refused as {@code not-eligible-age}, {@code not-eligible-place}, {@code
   * not-eligible-condition}, {@code no-consent}, {@code no-open-phase}, {@code already-enrolled} or
   * {@code phase-quota-reached}.
   */
  CaseView enrol(NewCase enrolment, Caller by);

  CaseView caseFile(String id, Caller by);

  Page<CaseView> cases(CaseQuery query, PageRequest page, Caller by);

  CaseView changeStage(String id, long expectedVersion, StageChange change, Caller by);

  /** Adds a milestone by hand; {@code expectedVersion} (the case's) is checked when given. */
  CaseMilestoneView addMilestone(
      String id, Long expectedVersion, NewMilestone milestone, Caller by);

  CaseMilestoneView milestone(String id, String milestoneId, Caller by);

  /**
   * Records the milestone as reached; the milestones planned after it are planned again from that
   * day. {@code expectedVersion} is the case's.
   */
  CaseMilestoneView achieveMilestone(
      String id,
      String milestoneId,
      long expectedVersion,
      MilestoneAchievement achievement,
      Caller by);

  CaseMilestoneView skipMilestone(
      String id, String milestoneId, long expectedVersion, MilestoneSkip skip, Caller by);

  // issue 17: the FHIR API reads a patient's cases (EpisodeOfCare, CarePlan, Goal ?patient=)

  /**
   * The patient's cases within the caller's data scope, whole (milestones and histories), by case
   * number; none when the patient has none the caller may see.
   */
  List<CaseView> casesOf(String patientId, Caller by);

  /**
   * The cases of many patients at once within the caller's data scope (the scope asked for once and
   * the cases read with one query and one per part of their histories, for the Bulk Data export's
   * pages of patients), whole, by case number; ids that name no patient are ignored.
   */
  List<CaseView> casesOfPatients(Collection<String> patientIds, Caller by);
}
