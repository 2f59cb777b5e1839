package org.alliancecare.alliances.api;

import java.time.LocalDate;

/**
 * Ends a membership: from {@code on} the practitioner is no longer a member. The reason is kept
 * with the history.
 */
public record MembershipEnd(LocalDate on, String reason) {}
