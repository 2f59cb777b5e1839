package org.alliancecare.rehabilitation.api;

/**
 * A list of cases: of a program, active in a phase (enrolled in it or carried into it), of patients
 * at a place (a county finds its townships and villages too), in a stage, with an overdue milestone
 * or without. Any may be absent; the caller's data scope always applies.
 */
public record CaseQuery(
    String programCode, Integer phase, String placeCode, Stage stage, Boolean overdue) {

  public static CaseQuery everything() {
    return new CaseQuery(null, null, null, null, null);
  }
}
