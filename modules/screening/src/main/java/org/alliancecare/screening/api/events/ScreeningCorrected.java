package org.alliancecare.screening.api.events;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.alliancecare.kernel.events.DomainEvent;
import org.alliancecare.screening.api.Outcome;

/**
 * A screening gained a version that corrects an earlier one; the earlier one stays readable.
 *
 * @param version the new version
 * @param correctsVersion the version it corrects
 * @param reason why, as the doctor gave it
 * @param reasonCodes why the new version refers, as codes; empty for PASS
 */
public record ScreeningCorrected(
    String screeningId,
    String screenedPatientId,
    long version,
    long correctsVersion,
    String reason,
    JsonObject measurements,
    Outcome result,
    List<String> reasonCodes,
    String ruleSetId,
    String actor,
    Instant occurredAt)
    implements DomainEvent {

  public ScreeningCorrected {
    reasonCodes = List.copyOf(reasonCodes);
  }

  @Override
  public String streamType() {
    return "Screening";
  }

  @Override
  public String streamId() {
    return screeningId;
  }

  @Override
  public Optional<String> patientId() {
    return Optional.of(screenedPatientId);
  }
}
