package org.alliancecare.audit.api;

import java.time.Instant;

/**
 * Filters of the access-log query; {@code null} means "any"; {@code from} inclusive, {@code to}
 * exclusive.
 */
public record AccessQuery(String patientId, String actor, Instant from, Instant to) {}
