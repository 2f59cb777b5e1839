package org.alliancecare.alliances.api;

import java.time.LocalDate;

/**
 * One membership: a practitioner in a role over the days from {@code since} up to, but not
 * including, {@code endsOn} ({@code null}: open-ended). An aid doctor's membership ends the day
 * after the tour's last day.
 */
public record MembershipView(
    String id,
    String allianceId,
    String practitionerId,
    String practitionerName,
    MembershipRole role,
    LocalDate since,
    LocalDate endsOn,
    String endReason) {}
