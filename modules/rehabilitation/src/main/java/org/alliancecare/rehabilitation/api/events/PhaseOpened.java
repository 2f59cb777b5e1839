package org.alliancecare.rehabilitation.api.events;

import java.time.Instant;

/** A phase was opened for enrolment. */
public record PhaseOpened(String programCode, int phase, String actor, Instant occurredAt)
    implements ProgramEvent {}
