package org.alliancecare.rehabilitation.api.events;

import java.time.Instant;
import java.util.List;
import org.alliancecare.rehabilitation.api.Condition;

/** A rehabilitation program was created. */
public record ProgramCreated(
    String programCode,
    String nameZh,
    String nameEn,
    int maxAgeExclusive,
    List<String> placeCodes,
    List<Condition> conditions,
    String actor,
    Instant occurredAt)
    implements ProgramEvent {}
