package org.alliancecare.app.internal.http;

import java.util.List;
import java.util.Locale;
import org.alliancecare.kernel.ProblemTexts;

/**
 * The language a problem is said in, chosen from the request's {@code Accept-Language} (issue 16):
 * the caller's most preferred range (by q-value, the first of equals) that names Chinese ({@code
 * zh*}), Uyghur ({@code ug*}) or English ({@code en*}); English when the header is absent,
 * malformed, or names none of them. A range with q=0 is refused and never chosen.
 */
public final class ProblemLanguage {

  private ProblemLanguage() {}

  public static Locale of(String acceptLanguage) {
    if (acceptLanguage == null || acceptLanguage.isBlank()) {
      return ProblemTexts.ENGLISH;
    }
    List<Locale.LanguageRange> ranges;
    try {
      ranges = Locale.LanguageRange.parse(acceptLanguage);
    } catch (IllegalArgumentException malformed) {
      return ProblemTexts.ENGLISH;
    }
    // parse() lists the ranges by descending weight, equals in the caller's order
    for (Locale.LanguageRange range : ranges) {
      if (range.getWeight() <= 0) {
        continue;
      }
      String primary = range.getRange().split("-", 2)[0];
      switch (primary) {
        case "zh":
          return ProblemTexts.CHINESE;
        case "ug":
          return ProblemTexts.UYGHUR;
        case "en":
          return ProblemTexts.ENGLISH;
        default:
          break;
      }
    }
    return ProblemTexts.ENGLISH;
  }
}
