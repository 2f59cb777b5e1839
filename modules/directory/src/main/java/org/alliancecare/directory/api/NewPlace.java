package org.alliancecare.directory.api;

/** A township or village to add below an existing place ({@code POST /api/places}). */
public record NewPlace(
    String code, String parentCode, PlaceLevel level, String nameZh, String nameEn) {}
