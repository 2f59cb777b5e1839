package org.alliancecare.rehabilitation.api.events;

import java.time.Instant;

/**
 * The case's patient was merged into another registration: it now belongs to {@code patient} (the
 * survivor) instead of {@code previousPatient}.
 */
public record CaseReassigned(
    String caseId,
    String caseNumber,
    String patient,
    String programCode,
    int phase,
    String placeCode,
    String countyCode,
    String previousPatient,
    String actor,
    Instant occurredAt)
    implements CaseEvent {}
