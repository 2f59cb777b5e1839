package org.alliancecare.patients.internal.domain;

import java.time.LocalDate;
import java.util.List;
import org.alliancecare.patients.api.Sex;

/**
 * A patient's details after validation: the names normalised (at least one), the identity number
 * (if any) checked against birth date and sex, sealed and hashed.
 */
public record PatientDetails(
    PersonName name,
    UyghurName nameUg,
    Sex sex,
    LocalDate birthDate,
    byte[] nationalIdSealed,
    byte[] nationalIdHash,
    String ethnicity,
    String placeCode,
    String address,
    List<Guardian> guardians) {

  public PatientDetails {
    if (name == null && nameUg == null) {
      throw new IllegalArgumentException("a patient needs a name or a Uyghur name");
    }
    guardians = List.copyOf(guardians);
  }
}
