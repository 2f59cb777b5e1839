package org.alliancecare.patients.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * A parent or legal guardian as registered with the patient: {@code name} (Chinese characters or
 * Latin) and {@code nameUg} (Uyghur Arabic script), at least one of them.
 */
@NameGiven
public record GuardianDetails(
    @Size(max = 100) String name,
    @Size(max = 100) String nameUg,
    @NotBlank @Size(max = 40) String relationship,
    @Pattern(regexp = "\\+?[0-9 ()-]{5,20}", message = "must be a phone number") String phone,
    String nationalId)
    implements Serializable {}
