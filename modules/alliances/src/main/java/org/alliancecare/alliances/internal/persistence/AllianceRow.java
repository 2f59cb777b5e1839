package org.alliancecare.alliances.internal.persistence;

import java.time.LocalDate;

/**
 * An alliance as stored, with its lead on the day asked and its member count that day.
 *
 * @param leadPractitionerId {@code null} when the alliance has no lead that day
 */
public record AllianceRow(
    String id,
    String code,
    String nameZh,
    String nameEn,
    String specialty,
    LocalDate foundedOn,
    String leadPractitionerId,
    LocalDate leadSince,
    int memberCount,
    long version) {}
