package org.alliancecare.rehabilitation.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A program to create ({@code POST /api/programs}). Without {@code milestoneTemplates} it gets the
 * default templates of DOMAIN.md for its conditions.
 */
public record NewProgram(
    @NotBlank
        @Size(max = 30)
        @Pattern(regexp = "[A-Z][A-Z0-9_]*", message = "must be UPPER_SNAKE_CASE")
        String code,
    @NotBlank @Size(max = 100) String nameZh,
    @NotBlank @Size(max = 200) String nameEn,
    @NotNull @Valid Eligibility eligibility,
    @Valid @Size(max = 100) List<@NotNull MilestoneTemplate> milestoneTemplates) {}
