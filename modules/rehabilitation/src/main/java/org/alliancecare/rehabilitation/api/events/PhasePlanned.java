package org.alliancecare.rehabilitation.api.events;

import java.time.Instant;
import java.time.LocalDate;

/** A phase of the program was planned. */
public record PhasePlanned(
    String programCode,
    int phase,
    LocalDate startsOn,
    LocalDate endsOn,
    Integer quota,
    String actor,
    Instant occurredAt)
    implements ProgramEvent {}
