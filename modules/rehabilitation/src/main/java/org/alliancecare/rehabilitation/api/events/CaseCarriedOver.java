package org.alliancecare.rehabilitation.api.events;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Phase {@code fromPhase} closed and the open case went on in phase {@code phase}; its enrolment
 * phase stays.
 */
public record CaseCarriedOver(
    String caseId,
    String caseNumber,
    String patient,
    String programCode,
    int phase,
    String placeCode,
    String countyCode,
    int fromPhase,
    LocalDate on,
    String actor,
    Instant occurredAt)
    implements CaseEvent {}
