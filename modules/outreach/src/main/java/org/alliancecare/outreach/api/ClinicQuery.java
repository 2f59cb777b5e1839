package org.alliancecare.outreach.api;

import java.time.LocalDate;

/**
 * Filters of {@code GET /api/clinics}; each {@code null} filter admits every clinic. {@code from}
 * and {@code to} are inclusive local dates; {@code allianceId} matches the host or a joining
 * alliance.
 */
public record ClinicQuery(
    LocalDate from, LocalDate to, String allianceId, String placeCode, ClinicStatus status) {}
