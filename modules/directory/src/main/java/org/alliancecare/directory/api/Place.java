package org.alliancecare.directory.api;

/**
 * A place: a GB/T 2260 code (or a local code such as {@code 652922-T01} until the official one is
 * known), its parent and its names.
 */
public record Place(
    String code, String parentCode, PlaceLevel level, String nameZh, String nameEn) {}
