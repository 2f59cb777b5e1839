package org.alliancecare.referrals.api;

import java.time.Instant;

/**
 * What other modules need to know of a referral to apply their rules (a case that names its source
 * referral), without the clinical details.
 */
public record ReferralFacts(
    String id,
    String referralNumber,
    String patientId,
    ReferralSource source,
    String specialty,
    ReferralStatus status,
    String outcome,
    Instant completedAt) {}
