package org.alliancecare.referrals.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** The record a referral came from, to which its completion flows back. */
public record ReferralSource(@NotNull SourceKind kind, @NotBlank @Size(max = 40) String id)
    implements Serializable {}
