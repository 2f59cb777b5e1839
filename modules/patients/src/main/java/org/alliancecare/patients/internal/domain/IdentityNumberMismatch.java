package org.alliancecare.patients.internal.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.alliancecare.kernel.InvalidInput;
import org.alliancecare.kernel.InvalidInput.FieldError;
import org.alliancecare.patients.api.Sex;

/**
 * The identity number must agree with the birth date and sex it encodes; a disagreement names the
 * fields at fault.
 */
public final class IdentityNumberMismatch {

  private IdentityNumberMismatch() {}

  public static void check(ResidentIdNumber number, LocalDate birthDate, Sex sex) {
    List<FieldError> errors = new ArrayList<>();
    if (birthDate != null && !number.birthDate().equals(birthDate)) {
      errors.add(FieldError.of("nationalId", "does-not-agree-with-birth-date"));
      errors.add(FieldError.of("birthDate", "does-not-agree-with-identity-number"));
    }
    if (sex != null && number.sex() != sex) {
      errors.add(FieldError.of("nationalId", "does-not-agree-with-sex"));
      errors.add(FieldError.of("sex", "does-not-agree-with-identity-number"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
  }
}
