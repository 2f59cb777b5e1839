package org.alliancecare.referrals.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What the receiving organisation found ({@code POST /api/referrals/{id}/complete}). */
public record ReferralCompletion(
    @NotBlank @Size(max = 200) String outcome, @NotBlank @Size(max = 4000) String findings) {}
