package org.alliancecare.interop.internal.export;

import java.time.LocalDate;

/**
 * A group of patients a Bulk Data export can be limited to: the children of a county (and of every
 * township and village in it), or the children whose rehabilitation case is active in a phase of a
 * program. Its members are not stored: they are the patients the rule selects when the export runs,
 * within the exporting caller's data scope.
 *
 * @param id {@code county-<place code>} or {@code phase-<program code>-<phase number>}
 * @param code the county's place code, or the program's code
 * @param phase the phase's number (a phase's group only)
 */
public record PatientGroup(
    String id,
    Kind kind,
    String code,
    Integer phase,
    String nameZh,
    String nameEn,
    LocalDate startsOn,
    LocalDate endsOn) {

  /** What selects the members. */
  public enum Kind {
    COUNTY,
    PROGRAM_PHASE
  }

  static final String COUNTY_PREFIX = "county-";
  static final String PHASE_PREFIX = "phase-";

  static PatientGroup county(String placeCode, String nameZh, String nameEn) {
    return new PatientGroup(
        COUNTY_PREFIX + placeCode, Kind.COUNTY, placeCode, null, nameZh, nameEn, null, null);
  }

  static PatientGroup phase(
      String programCode,
      int number,
      String programZh,
      String programEn,
      LocalDate startsOn,
      LocalDate endsOn) {
    return new PatientGroup(
        PHASE_PREFIX + programCode + "-" + number,
        Kind.PROGRAM_PHASE,
        programCode,
        number,
        programZh + " 第" + number + "期",
        programEn + ", phase " + number,
        startsOn,
        endsOn);
  }
}
