package org.alliancecare.rehabilitation.api;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A case's phases: the enrolment ({@code fromPhase} absent) and each carry-over from {@code
 * fromPhase} into {@code toPhase} when a phase closed.
 */
public record PhaseHistoryEntry(Integer fromPhase, int toPhase, LocalDate on, Instant at, String by)
    implements Serializable {}
