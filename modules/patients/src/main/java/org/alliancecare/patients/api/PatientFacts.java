package org.alliancecare.patients.api;

import java.time.LocalDate;
import java.time.Period;

/**
 * What other modules need to know of a patient to apply their rules (age on a day, place for data
 * scope), without personal details. {@code id} is the surviving patient's, also when asked for a
 * merged duplicate.
 */
public record PatientFacts(String id, LocalDate birthDate, Sex sex, String placeCode) {

  /** Age in whole years on {@code day}: on the birthday the new year counts. */
  public int ageOn(LocalDate day) {
    return Period.between(birthDate, day).getYears();
  }

  public boolean isMinorOn(LocalDate day) {
    return ageOn(day) < 18;
  }
}
