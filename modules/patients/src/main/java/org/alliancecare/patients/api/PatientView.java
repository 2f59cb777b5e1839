package org.alliancecare.patients.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.alliancecare.kernel.PersonalRecord;

/**
 * A patient as answered by the API: the identity number masked ({@code 652925********0028}). A
 * merged duplicate answers with {@code mergedInto}, the survivor's id.
 */
public record PatientView(
    String id,
    long version,
    String name,
    Sex sex,
    LocalDate birthDate,
    String nationalId,
    String ethnicity,
    String placeCode,
    String address,
    List<GuardianView> guardians,
    Instant registeredAt,
    String registeredBy,
    String mergedInto)
    implements PersonalRecord {

  @Override
  public String patientId() {
    return id;
  }
}
