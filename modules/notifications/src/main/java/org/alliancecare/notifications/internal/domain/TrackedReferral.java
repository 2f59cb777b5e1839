package org.alliancecare.notifications.internal.domain;

import java.time.LocalDate;

/** A referral as the reminder rules see it. */
public record TrackedReferral(
    String referralId,
    String referralNumber,
    String patientId,
    String placeCode,
    String toOrganisationId,
    String specialty,
    LocalDate requestedOn,
    LocalDate dueOn,
    String referringUsername,
    String status) {}
