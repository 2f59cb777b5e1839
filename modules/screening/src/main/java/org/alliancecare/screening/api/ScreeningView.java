package org.alliancecare.screening.api;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.Serializable;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.alliancecare.kernel.PersonalRecord;

/**
 * A screening as answered: what was done, by whom and when, and its current version (measurements,
 * result, classification, rule set) at the top level; {@code versions} holds every version, the
 * first one first. A REFER result carries a {@code suggestedReferral}; {@code referrals} are the
 * referrals started from the screening, with their status and outcome.
 *
 * @param version the current version's number; also the ETag that a correction sends in If-Match
 * @param screenedOn the day of {@code performedAt} in the time zone of screening dates, the day on
 *     which the child's age is counted
 */
public record ScreeningView(
    String id,
    long version,
    String patientId,
    ScreeningKind kind,
    ScreeningMethod method,
    Instant performedAt,
    LocalDate screenedOn,
    String clinicId,
    Performer performer,
    JsonObject measurements,
    String notes,
    Outcome result,
    ClassificationView classification,
    String ruleSet,
    Long correctsVersion,
    String correctionReason,
    String recordedBy,
    Instant recordedAt,
    List<ScreeningVersionView> versions,
    SuggestedReferral suggestedReferral,
    List<ScreeningReferral> referrals)
    implements Serializable, PersonalRecord {

  public ScreeningView {
    versions = List.copyOf(versions);
    referrals = List.copyOf(referrals);
  }

  @Override
  public String recordId() {
    return id;
  }

  /**
   * A screening shown on a page is kept in the HTTP session, which a cluster copies to another
   * node; JSON-P's objects do not serialize, so the measurements travel as their JSON text.
   */
  @java.io.Serial
  private Object writeReplace() {
    return measurements == null
        ? this
        : new SerialForm(withMeasurements(null), measurements.toString());
  }

  private ScreeningView withMeasurements(JsonObject replaced) {
    return new ScreeningView(
        id,
        version,
        patientId,
        kind,
        method,
        performedAt,
        screenedOn,
        clinicId,
        performer,
        replaced,
        notes,
        result,
        classification,
        ruleSet,
        correctsVersion,
        correctionReason,
        recordedBy,
        recordedAt,
        versions,
        suggestedReferral,
        referrals);
  }

  /** The serialized form: the screening without its measurements, and those as JSON text. */
  private record SerialForm(ScreeningView screening, String measurements) implements Serializable {
    @java.io.Serial
    private Object readResolve() {
      try (JsonReader reader = Json.createReader(new StringReader(measurements))) {
        return screening.withMeasurements(reader.readObject());
      }
    }
  }
}
