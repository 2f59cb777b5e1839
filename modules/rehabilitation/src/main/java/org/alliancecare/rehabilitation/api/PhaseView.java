package org.alliancecare.rehabilitation.api;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A phase of a program.
 *
 * @param enrolled how many cases were enrolled in this phase (what the quota limits)
 * @param active how many open cases are in this phase now (enrolled or carried over into it)
 */
public record PhaseView(
    String programCode,
    int number,
    LocalDate startsOn,
    LocalDate endsOn,
    Integer quota,
    PhaseStatus status,
    int enrolled,
    int active,
    Instant openedAt,
    Instant closedAt,
    long version)
    implements Serializable {}
