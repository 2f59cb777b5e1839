package org.alliancecare.rehabilitation.api.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.alliancecare.rehabilitation.api.Condition;

/**
 * A child was enrolled in the program, in phase {@code phase}, stage ASSESSMENT; a {@link
 * MilestonePlanned} follows for each milestone.
 */
public record CaseEnrolled(
    String caseId,
    String caseNumber,
    String patient,
    String programCode,
    int phase,
    String placeCode,
    String countyCode,
    List<Condition> conditions,
    LocalDate enrolledOn,
    String sourceScreeningId,
    String sourceReferralId,
    String actor,
    Instant occurredAt)
    implements CaseEvent {}
