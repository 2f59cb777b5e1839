package org.alliancecare.rehabilitation.api.events;

import java.time.Instant;
import java.time.LocalDate;
import org.alliancecare.rehabilitation.api.Condition;

/**
 * A milestone was reached on {@code achievedOn}; {@code referralId} names the completed referral
 * that reached it, if one did.
 */
public record MilestoneAchieved(
    String caseId,
    String caseNumber,
    String patient,
    String programCode,
    int phase,
    String placeCode,
    String countyCode,
    String milestoneId,
    Condition condition,
    String kind,
    LocalDate dueOn,
    LocalDate achievedOn,
    String evidence,
    String referralId,
    String actor,
    Instant occurredAt)
    implements CaseEvent {}
