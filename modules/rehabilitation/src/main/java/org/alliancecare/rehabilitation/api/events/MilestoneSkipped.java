package org.alliancecare.rehabilitation.api.events;

import java.time.Instant;
import java.time.LocalDate;
import org.alliancecare.rehabilitation.api.Condition;

/** A milestone will not be reached, for {@code reason}. */
public record MilestoneSkipped(
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
    String reason,
    String actor,
    Instant occurredAt)
    implements CaseEvent {}
