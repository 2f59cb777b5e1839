package org.alliancecare.referrals.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A referral as a doctor or coordinator requests it ({@code POST /api/referrals}). Without {@code
 * dueOn} the due date follows from the urgency; for an infant's hearing referral it is never later
 * than the day the child is three months old.
 */
public record NewReferral(
    @NotBlank @Size(max = 40) String patientId,
    @NotNull @Valid ReferralSource source,
    @NotBlank @Size(max = 40) String toOrganisationId,
    @NotBlank @Size(max = 60) String specialty,
    @NotNull Urgency urgency,
    @NotBlank @Size(max = 1000) String reason,
    LocalDate dueOn) {}
