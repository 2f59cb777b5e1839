package org.alliancecare.rehabilitation.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A milestone reached ({@code …/achieve}): the day, and what shows it. */
public record MilestoneAchievement(@NotNull LocalDate on, @Size(max = 1000) String evidence) {}
