package org.alliancecare.interop.internal.imports;

import java.util.List;

/**
 * What became of one data row: a record created (its id), a duplicate not created, or a refusal;
 * with the errors that say why, each in the product's three languages.
 */
record RowOutcome(long row, Kind kind, String recordId, List<StoredError> errors) {

  enum Kind {
    CREATED,
    DUPLICATE,
    REJECTED
  }

  RowOutcome {
    errors = List.copyOf(errors);
  }

  static RowOutcome created(long row, String recordId) {
    return new RowOutcome(row, Kind.CREATED, recordId, List.of());
  }

  /**
   * One error of a row, said in English, Chinese and Uyghur when it happens (a rule's sentence may
   * name what it found, which cannot be said again later).
   *
   * @param column the column's header as the file names it, or null for the row
   */
  record StoredError(long row, String column, String english, String chinese, String uyghur) {

    String in(java.util.Locale language) {
      java.util.Locale chosen = org.alliancecare.kernel.ProblemTexts.languageOf(language);
      if (chosen.equals(org.alliancecare.kernel.ProblemTexts.CHINESE)) {
        return chinese;
      }
      if (chosen.equals(org.alliancecare.kernel.ProblemTexts.UYGHUR)) {
        return uyghur;
      }
      return english;
    }
  }
}
