package org.alliancecare.interop.internal.imports;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import org.alliancecare.interop.api.ImportKind;
import org.alliancecare.kernel.ProblemTexts;

/**
 * The columns of each kind of import, by their API names (the English headers), and their Chinese
 * and Uyghur labels ({@code ImportColumns_zh}, {@code ImportColumns_ug}): a template is headed in
 * the reader's language, and a file may be headed in any of the three, even mixed, so that a
 * school's own spreadsheet with Chinese headers reads as it is.
 */
final class ImportColumns {

  static final List<String> PATIENTS =
      List.of(
          "name",
          "nameUg",
          "sex",
          "birthDate",
          "nationalId",
          "placeCode",
          "guardianName",
          "guardianRelationship",
          "guardianPhone",
          "consentGivenOn",
          "consentScopes",
          "externalId",
          "acknowledgeDuplicate");

  static final List<String> SCREENINGS =
      List.of(
          "patientId",
          "externalId",
          "kind",
          "method",
          "performedAt",
          "clinicId",
          "notes",
          "acuityNotation",
          "rightEyeUncorrected",
          "leftEyeUncorrected",
          "rightEyeCorrected",
          "leftEyeCorrected",
          "outcome",
          "rightEar",
          "leftEar",
          "rightEar500",
          "rightEar1000",
          "rightEar2000",
          "rightEar4000",
          "leftEar500",
          "leftEar1000",
          "leftEar2000",
          "leftEar4000",
          "guardianName",
          "guardianRelationship",
          "consentGivenOn");

  private static final String BUNDLE = "org.alliancecare.interop.internal.imports.ImportColumns";

  private static final Map<ImportKind, Map<String, String>> BY_HEADER = new HashMap<>();

  static {
    for (ImportKind kind : ImportKind.values()) {
      Map<String, String> byHeader = new HashMap<>();
      for (String column : of(kind)) {
        for (Locale language : ProblemTexts.LANGUAGES) {
          byHeader.put(normal(label(column, language)), column);
        }
        byHeader.put(normal(column), column);
      }
      BY_HEADER.put(kind, Map.copyOf(byHeader));
    }
  }

  private ImportColumns() {}

  static List<String> of(ImportKind kind) {
    return kind == ImportKind.PATIENTS ? PATIENTS : SCREENINGS;
  }

  /** The column's header in the language: its API name in English, its label otherwise. */
  static String label(String column, Locale language) {
    Locale chosen = ProblemTexts.languageOf(language);
    if (chosen.equals(ProblemTexts.ENGLISH)) {
      return column;
    }
    return ResourceBundle.getBundle(
            BUNDLE,
            chosen,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
        .getString(column);
  }

  /**
   * The column a header names, in any of the three languages; case, spaces, underscores and the
   * Unicode form of the header do not matter.
   */
  static Optional<String> column(ImportKind kind, String header) {
    return Optional.ofNullable(BY_HEADER.get(kind).get(normal(header)));
  }

  private static String normal(String header) {
    String text = header == null ? "" : Normalizer.normalize(header, Normalizer.Form.NFKC);
    StringBuilder normal = new StringBuilder();
    text.codePoints()
        .filter(c -> !Character.isWhitespace(c) && c != '_' && c != '-' && c != '\uFEFF')
        .map(Character::toLowerCase)
        .forEach(normal::appendCodePoint);
    return normal.toString();
  }
}
