package org.alliancecare.directory.api;

import java.time.LocalDate;

/**
 * What a practitioner record says, to register one ({@code POST /api/practitioners}) or replace it
 * ({@code PUT /api/practitioners/{id}}).
 */
public record PractitionerDetails(
    String name,
    String specialty,
    Origin origin,
    String organisationId,
    String homeOrganisationId,
    LocalDate tourStart,
    LocalDate tourEnd) {}
