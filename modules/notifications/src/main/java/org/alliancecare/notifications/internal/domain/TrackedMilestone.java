package org.alliancecare.notifications.internal.domain;

import java.time.LocalDate;

/** A rehabilitation case's milestone as the reminder rules see it. */
public record TrackedMilestone(
    String milestoneId,
    String caseId,
    String caseNumber,
    String patientId,
    String placeCode,
    String title,
    LocalDate dueOn) {}
