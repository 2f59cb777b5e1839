package org.alliancecare.rehabilitation.api;

import java.time.LocalDate;
import org.alliancecare.kernel.PersonalRecord;

/**
 * One milestone of a child's case, as the milestone requests answer it: the milestone's fields and
 * the case it belongs to. {@code caseVersion} is the version (and ETag) to send in {@code If-Match}
 * with the next change of the case or any of its milestones.
 */
public record CaseMilestoneView(
    String id,
    String caseId,
    String caseNumber,
    long caseVersion,
    String patientId,
    Condition condition,
    String kind,
    String title,
    LocalDate dueOn,
    MilestoneStatus status,
    LocalDate achievedOn,
    String evidence,
    String skipReason,
    boolean custom,
    boolean overdue)
    implements PersonalRecord {

  @Override
  public String recordId() {
    return caseId;
  }
}
