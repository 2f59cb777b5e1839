package org.alliancecare.referrals.api.events;

import java.time.Instant;
import org.alliancecare.referrals.api.ReferralStatus;

/**
 * The referral's patient was merged into another registration: it now belongs to {@code patient}
 * (the survivor) instead of {@code previousPatient}.
 */
public record ReferralReassigned(
    String referralId,
    String referralNumber,
    String patient,
    String previousPatient,
    String placeCode,
    String countyCode,
    ReferralStatus status,
    String actor,
    Instant occurredAt)
    implements ReferralEvent {}
