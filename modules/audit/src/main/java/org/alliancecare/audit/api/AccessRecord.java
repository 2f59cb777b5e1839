package org.alliancecare.audit.api;

import java.io.Serializable;
import java.time.Instant;

/**
 * One row of the access log: who read, exported or unmasked which patient's record, when and from
 * which address.
 *
 * @param resourceId the record read, or {@code null} when the response carried several records of
 *     this patient (the resource type and the patient then say what was read)
 */
public record AccessRecord(
    long id,
    Instant at,
    String actor,
    String action,
    String resourceType,
    String resourceId,
    String patientId,
    String clientAddress)
    implements Serializable {}
