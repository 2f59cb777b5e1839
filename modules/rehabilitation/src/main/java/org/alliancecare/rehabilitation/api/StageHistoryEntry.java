package org.alliancecare.rehabilitation.api;

import java.io.Serializable;
import java.time.Instant;

/** One stage change of a case; {@code outcome} when it was closed. */
public record StageHistoryEntry(
    Stage from, Stage to, Instant at, String by, String note, CaseOutcome outcome)
    implements Serializable {}
