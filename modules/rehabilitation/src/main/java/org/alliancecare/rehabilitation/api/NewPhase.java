package org.alliancecare.rehabilitation.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** A phase to plan ({@code POST /api/programs/{code}/phases}); {@code quota} is optional. */
public record NewPhase(
    @NotNull @Min(1) @Max(999) Integer number,
    @NotNull LocalDate startsOn,
    @NotNull LocalDate endsOn,
    @Min(1) @Max(1_000_000) Integer quota) {}
