package org.alliancecare.bench;

import jakarta.json.JsonObject;
import java.util.List;
import org.alliancecare.screening.api.Outcome;
import org.alliancecare.screening.api.ScreeningKind;
import org.alliancecare.screening.api.ScreeningMethod;

/**
 * A screening as the application recorded it once at set-up (through {@code POST /api/screenings}):
 * its request, and the columns and event fields that the application's own classification gave it.
 * Generated screenings copy these, so that what they store is what the application would have
 * stored.
 *
 * @param request the measurements as posted
 * @param storedMeasurements {@code screening_version.measurements} as stored
 * @param storedClassification {@code screening_version.classification} as stored
 */
record ScreeningTemplate(
    ScreeningKind kind,
    ScreeningMethod method,
    JsonObject request,
    String storedMeasurements,
    String storedClassification,
    Outcome result,
    List<String> reasonCodes,
    String ruleSetId) {

  boolean refers() {
    return result == Outcome.REFER;
  }
}
