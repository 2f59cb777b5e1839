package org.alliancecare.rehabilitation.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A move to another stage ({@code POST /api/cases/{id}/stage}); closing needs the outcome. */
public record StageChange(
    @NotNull Stage stage, @Size(max = 1000) String note, CaseOutcome outcome) {}
