package org.alliancecare.rehabilitation.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * A milestone that every case with {@code condition} gets at enrolment. It is due {@code
 * dueAfterMonths} months and {@code dueAfterDays} days after the enrolment day, or, with {@code
 * after}, after the milestone of that kind (an earlier template of the same condition): planned
 * from its due date, and planned again from the day it is achieved.
 */
public record MilestoneTemplate(
    @NotNull Condition condition,
    @NotBlank
        @Size(max = 60)
        @Pattern(regexp = "[A-Z][A-Z0-9_]*", message = "must be UPPER_SNAKE_CASE")
        String kind,
    @NotBlank @Size(max = 200) String title,
    @Min(0) @Max(3650) Integer dueAfterDays,
    @Min(0) @Max(120) Integer dueAfterMonths,
    @Size(max = 60) String after)
    implements Serializable {}
