package org.alliancecare.patients.api;

import jakarta.json.bind.annotation.JsonbNillable;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.alliancecare.kernel.PersonalRecord;

/**
 * A patient as answered by the API: the identity number masked ({@code 652925********0028}). A
 * merged duplicate answers with {@code mergedInto}, the survivor's id. {@code name} (Chinese
 * characters or Latin) or {@code nameUg} (Uyghur Arabic script) may be null, never both; {@code
 * nameUgLatin} is the ULY form of {@code nameUg}. Where one name is shown, show {@link
 * #displayName()}.
 */
public record PatientView(
    String id,
    long version,
    @JsonbNillable String name,
    @JsonbNillable String nameUg,
    @JsonbNillable String nameUgLatin,
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
    implements Serializable, PersonalRecord {

  /** The name to show where one is shown: the Chinese (or Latin) name, else the Uyghur. */
  public String displayName() {
    return name != null ? name : nameUg;
  }

  @Override
  public String patientId() {
    return id;
  }
}
