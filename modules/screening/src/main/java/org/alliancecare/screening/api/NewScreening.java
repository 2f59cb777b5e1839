package org.alliancecare.screening.api;

import jakarta.json.JsonObject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.alliancecare.patients.api.ConsentDetails;

/**
 * A screening as a doctor records it (API.md, {@code POST /api/screenings}). {@code measurements}
 * has the shape of the method (docs/screening.md); {@code consent} is a guardian's consent captured
 * on the spot, given to the patient in the same transaction.
 */
public record NewScreening(
    @NotBlank @Size(max = 60) String patientId,
    @NotNull ScreeningKind kind,
    @NotNull Instant performedAt,
    @NotNull ScreeningMethod method,
    @Size(max = 60) String clinicId,
    @NotNull JsonObject measurements,
    @Size(max = 2000) String notes,
    @Valid ConsentDetails consent) {}
