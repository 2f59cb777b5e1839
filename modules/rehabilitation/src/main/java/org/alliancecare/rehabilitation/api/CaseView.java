package org.alliancecare.rehabilitation.api;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.alliancecare.kernel.PersonalRecord;

/**
 * A child's case as the API answers it. {@code overdue} is computed for the day of the answer (a
 * milestone is overdue). {@code enrolmentPhase} never changes; {@code currentPhase} follows the
 * carry-overs recorded in {@code phaseHistory}. Lists leave out the histories.
 */
public record CaseView(
    String id,
    String caseNumber,
    long version,
    String patientId,
    String programCode,
    Set<Condition> conditions,
    int enrolmentPhase,
    int currentPhase,
    LocalDate enrolledOn,
    String placeCode,
    String sourceScreeningId,
    String sourceReferralId,
    Stage stage,
    CaseOutcome outcome,
    LocalDate closedOn,
    boolean overdue,
    Instant enrolledAt,
    String enrolledBy,
    List<MilestoneView> milestones,
    List<PhaseHistoryEntry> phaseHistory,
    List<StageHistoryEntry> stageHistory)
    implements Serializable, PersonalRecord {

  @Override
  public String recordId() {
    return id;
  }
}
