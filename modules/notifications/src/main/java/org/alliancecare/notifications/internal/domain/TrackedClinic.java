package org.alliancecare.notifications.internal.domain;

import java.time.LocalDate;
import java.time.LocalTime;

/** An outreach clinic as the reminder rules see it ({@code sequence}: its last change's). */
public record TrackedClinic(
    String clinicId,
    String clinicNumber,
    String title,
    String placeCode,
    String venue,
    LocalDate heldOn,
    LocalTime startsAt,
    String timeZone,
    String status,
    int sequence) {}
