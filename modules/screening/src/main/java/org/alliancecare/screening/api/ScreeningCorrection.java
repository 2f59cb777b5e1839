package org.alliancecare.screening.api;

import jakarta.json.JsonObject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A correction of a screening's measurements (API.md, {@code POST
 * /api/screenings/{id}/corrections}): why, and the measurements and notes as they should have been.
 * Kind, method, time and performer stay those of the screening.
 */
public record ScreeningCorrection(
    @NotBlank @Size(max = 500) String reason,
    @NotNull JsonObject measurements,
    @Size(max = 2000) String notes) {}
