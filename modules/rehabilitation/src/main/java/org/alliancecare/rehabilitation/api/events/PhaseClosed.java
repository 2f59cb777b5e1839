package org.alliancecare.rehabilitation.api.events;

import java.time.Instant;

/**
 * A phase was closed; its {@code carriedCases} open cases went on in phase {@code carriedInto}
 * (absent when there were none).
 */
public record PhaseClosed(
    String programCode,
    int phase,
    Integer carriedInto,
    int carriedCases,
    String actor,
    Instant occurredAt)
    implements ProgramEvent {}
