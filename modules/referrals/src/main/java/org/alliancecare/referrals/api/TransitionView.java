package org.alliancecare.referrals.api;

import java.io.Serializable;
import java.time.Instant;

/**
 * One step of a referral's history: who moved it from which status to which, when, and why ({@code
 * from} is absent for the request itself).
 */
public record TransitionView(
    ReferralStatus from, ReferralStatus to, Instant at, String by, String reason)
    implements Serializable {}
