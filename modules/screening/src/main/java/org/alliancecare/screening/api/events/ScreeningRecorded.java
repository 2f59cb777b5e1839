package org.alliancecare.screening.api.events;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.alliancecare.kernel.events.DomainEvent;
import org.alliancecare.screening.api.Outcome;
import org.alliancecare.screening.api.ScreeningKind;
import org.alliancecare.screening.api.ScreeningMethod;

/**
 * A screening was recorded and classified (its version 1).
 *
 * @param screenedPatientId the patient screened
 * @param reasonCodes why REFER, as codes; empty for PASS
 */
public record ScreeningRecorded(
    String screeningId,
    String screenedPatientId,
    ScreeningKind kind,
    ScreeningMethod method,
    Instant performedAt,
    String clinicId,
    long version,
    JsonObject measurements,
    Outcome result,
    List<String> reasonCodes,
    String ruleSetId,
    String actor,
    Instant occurredAt)
    implements DomainEvent {

  public ScreeningRecorded {
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

  /** A screening's first version: its id was made for it in the same transaction. */
  @Override
  public boolean opensStream() {
    return true;
  }

  @Override
  public Optional<String> patientId() {
    return Optional.of(screenedPatientId);
  }
}
