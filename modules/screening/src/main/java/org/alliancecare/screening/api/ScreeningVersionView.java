package org.alliancecare.screening.api;

import jakarta.json.JsonObject;
import java.time.Instant;

/**
 * One version of a screening: version 1 as recorded, each later one a correction that names the
 * version it corrects and why.
 */
public record ScreeningVersionView(
    long version,
    JsonObject measurements,
    String notes,
    Outcome result,
    ClassificationView classification,
    String ruleSet,
    Long correctsVersion,
    String correctionReason,
    String recordedBy,
    Instant recordedAt) {}
