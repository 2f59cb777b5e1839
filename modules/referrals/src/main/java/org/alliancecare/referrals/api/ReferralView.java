package org.alliancecare.referrals.api;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.alliancecare.kernel.PersonalRecord;

/**
 * A referral as the API answers it. {@code overdue} is computed for the day of the answer (open and
 * past its due date), never stored. {@code transitions} is the full history on a single referral
 * and absent in lists.
 *
 * @param placeCode the patient's place when the referral was requested (its data scope)
 */
public record ReferralView(
    String id,
    String referralNumber,
    long version,
    String patientId,
    String placeCode,
    ReferralSource source,
    String toOrganisationId,
    String specialty,
    Urgency urgency,
    String reason,
    ReferralStatus status,
    LocalDate dueOn,
    boolean overdue,
    Instant appointmentAt,
    String outcome,
    String findings,
    Instant requestedAt,
    String requestedBy,
    Instant completedAt,
    List<TransitionView> transitions)
    implements Serializable, PersonalRecord {

  @Override
  public String recordId() {
    return id;
  }
}
