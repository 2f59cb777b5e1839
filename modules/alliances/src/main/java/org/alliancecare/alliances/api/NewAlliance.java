package org.alliancecare.alliances.api;

import java.time.LocalDate;

/** An alliance to found ({@code POST /api/alliances}); {@code foundedOn} is optional. */
public record NewAlliance(
    String code, String nameZh, String nameEn, String specialty, LocalDate foundedOn) {}
