package org.alliancecare.patients.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;

/** A guardian's consent as captured (API.md, {@code POST /api/patients/{id}/consents}). */
public record ConsentDetails(
    @NotBlank @Size(max = 100) String guardianName,
    @NotBlank @Size(max = 40) String relationship,
    @NotEmpty Set<@NotNull ConsentScope> scopes,
    @NotNull @PastOrPresent LocalDate givenOn,
    @Size(max = 200) String documentRef) {}
