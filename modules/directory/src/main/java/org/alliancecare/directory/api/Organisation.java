package org.alliancecare.directory.api;

/**
 * A hospital, school or centre.
 *
 * @param key a stable short handle (e.g. {@code AKS-H1}) for demo data, imports and tests, or
 *     {@code null}
 * @param placeCode where it is, or {@code null} for the donor province's hospitals
 */
public record Organisation(
    String id,
    String key,
    OrganisationKind kind,
    String nameZh,
    String nameEn,
    String placeCode,
    String province) {}
