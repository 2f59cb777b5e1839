package org.alliancecare.rehabilitation.api.events;

import java.time.Instant;
import java.time.LocalDate;
import org.alliancecare.rehabilitation.api.Condition;

/** A milestone planned after another was planned again from the day the other was reached. */
public record MilestoneRescheduled(
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
    LocalDate previousDueOn,
    LocalDate dueOn,
    String actor,
    Instant occurredAt)
    implements CaseEvent {}
