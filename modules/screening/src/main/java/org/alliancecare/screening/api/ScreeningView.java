package org.alliancecare.screening.api;

import jakarta.json.JsonObject;
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
    implements PersonalRecord {

  public ScreeningView {
    versions = List.copyOf(versions);
    referrals = List.copyOf(referrals);
  }

  @Override
  public String recordId() {
    return id;
  }
}
