package org.alliancecare.patients.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A patient as a doctor or coordinator registers or edits one (API.md, {@code POST /api/patients}).
 * {@code name} (Chinese characters or Latin) and {@code nameUg} (Uyghur Arabic script): at least
 * one. {@code acknowledgeDuplicates} proceeds although probable duplicates exist.
 */
@NameGiven
public record PatientRegistration(
    @Size(max = 100) String name,
    @Size(max = 100) String nameUg,
    @NotNull Sex sex,
    @NotNull @PastOrPresent LocalDate birthDate,
    String nationalId,
    @Size(max = 40) String ethnicity,
    @NotBlank @Size(max = 40) String placeCode,
    @Size(max = 300) String address,
    @Valid @Size(max = 10) List<@NotNull GuardianDetails> guardians,
    Boolean acknowledgeDuplicates)
    implements Serializable {

  public PatientRegistration {
    guardians = guardians == null ? List.of() : guardians;
  }

  public boolean duplicatesAcknowledged() {
    return Boolean.TRUE.equals(acknowledgeDuplicates);
  }
}
