package org.alliancecare.rehabilitation.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** An enrolment ({@code POST /api/cases}): the child, the program, the conditions, the source. */
public record NewCase(
    @NotBlank @Size(max = 40) String patientId,
    @NotBlank @Size(max = 30) String programCode,
    @NotEmpty Set<@NotNull Condition> conditions,
    @Size(max = 40) String sourceScreeningId,
    @Size(max = 40) String sourceReferralId) {}
