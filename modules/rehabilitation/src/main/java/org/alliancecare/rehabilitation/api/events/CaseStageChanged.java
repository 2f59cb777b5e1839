package org.alliancecare.rehabilitation.api.events;

import java.time.Instant;
import java.time.LocalDate;
import org.alliancecare.rehabilitation.api.CaseOutcome;
import org.alliancecare.rehabilitation.api.Stage;

/** The case moved from one stage to another; {@code outcome} is set when it was closed. */
public record CaseStageChanged(
    String caseId,
    String caseNumber,
    String patient,
    String programCode,
    int phase,
    String placeCode,
    String countyCode,
    Stage fromStage,
    Stage toStage,
    CaseOutcome outcome,
    String note,
    LocalDate on,
    String actor,
    Instant occurredAt)
    implements CaseEvent {}
