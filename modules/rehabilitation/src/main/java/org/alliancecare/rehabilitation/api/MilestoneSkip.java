package org.alliancecare.rehabilitation.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A milestone that will not be reached ({@code …/skip}), and why. */
public record MilestoneSkip(@NotBlank @Size(max = 1000) String reason) {}
