package org.alliancecare.rehabilitation.api.events;

import java.time.Instant;
import java.time.LocalDate;
import org.alliancecare.rehabilitation.api.Condition;

/**
 * A milestone was planned: from the program's templates at enrolment, or by hand ({@code custom}).
 */
public record MilestonePlanned(
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
    String title,
    LocalDate dueOn,
    boolean custom,
    String actor,
    Instant occurredAt)
    implements CaseEvent {}
