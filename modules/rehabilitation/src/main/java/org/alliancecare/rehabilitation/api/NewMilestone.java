package org.alliancecare.rehabilitation.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A milestone added by hand ({@code POST /api/cases/{id}/milestones}); the condition is optional.
 */
public record NewMilestone(
    @NotBlank
        @Size(max = 60)
        @Pattern(regexp = "[A-Z][A-Z0-9_]*", message = "must be UPPER_SNAKE_CASE")
        String kind,
    @NotBlank @Size(max = 200) String title,
    @NotNull LocalDate dueOn,
    Condition condition) {}
