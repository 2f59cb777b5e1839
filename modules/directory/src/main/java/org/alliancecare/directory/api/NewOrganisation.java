package org.alliancecare.directory.api;

/** An organisation to add ({@code POST /api/organisations}); {@code key} and place are optional. */
public record NewOrganisation(
    String key,
    OrganisationKind kind,
    String nameZh,
    String nameEn,
    String placeCode,
    String province) {}
