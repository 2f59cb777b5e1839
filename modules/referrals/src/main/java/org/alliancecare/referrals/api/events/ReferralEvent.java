package org.alliancecare.referrals.api.events;

import java.util.Optional;
import org.alliancecare.kernel.events.DomainEvent;
import org.alliancecare.referrals.api.ReferralStatus;

/**
 * What every referral event says: which referral, whose, where, and the status it left the referral
 * in. Journaled on the stream {@code Referral}/{@code referralId}.
 */
public interface ReferralEvent extends DomainEvent {

  String STREAM_TYPE = "Referral";

  String referralId();

  /** The human-readable number, e.g. {@code RF-2026-000042}. */
  String referralNumber();

  /** The patient's id. */
  String patient();

  /** The patient's place when the referral was requested. */
  String placeCode();

  /**
   * The county-level place of {@link #placeCode()}, for reports by county ({@code null} if none).
   */
  String countyCode();

  /** The status the referral is in after this event. */
  ReferralStatus status();

  @Override
  default String streamType() {
    return STREAM_TYPE;
  }

  @Override
  default String streamId() {
    return referralId();
  }

  @Override
  default Optional<String> patientId() {
    return Optional.of(patient());
  }
}
