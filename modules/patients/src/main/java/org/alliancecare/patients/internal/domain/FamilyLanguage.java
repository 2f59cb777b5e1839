package org.alliancecare.patients.internal.domain;

import java.util.List;
import java.util.Locale;
import org.alliancecare.kernel.InvalidInput;

/**
 * The language a family is reminded in: Chinese ({@code zh-CN}) or Uyghur ({@code ug-CN}), as BCP
 * 47 tags like the accounts' UI languages. Until someone records the family's choice it is Uyghur
 * for a child known only by a Uyghur name or of Uyghur ethnicity, else Chinese.
 */
public final class FamilyLanguage {

  public static final String CHINESE = "zh-CN";
  public static final String UYGHUR = "ug-CN";
  public static final List<String> LANGUAGES = List.of(CHINESE, UYGHUR);

  /** How the ethnicity field names Uyghurs (free text: English, Chinese, Uyghur, Latin Uyghur). */
  private static final List<String> UYGHUR_ETHNICITY =
      List.of("uyghur", "uighur", "uygur", "weiwuer", "维吾尔", "ئۇيغۇر", "uyghurche");

  private FamilyLanguage() {}

  /** The language until the family's choice is recorded. */
  public static String defaultFor(String name, String nameUg, String ethnicity) {
    boolean onlyUyghurName = isBlank(name) && !isBlank(nameUg);
    return onlyUyghurName || isUyghur(ethnicity) ? UYGHUR : CHINESE;
  }

  /** One of {@link #LANGUAGES}, else {@link InvalidInput} naming {@code field}. */
  public static String parse(String text, String field) {
    String tag = text == null ? "" : text.strip();
    for (String language : LANGUAGES) {
      if (language.equalsIgnoreCase(tag)) {
        return language;
      }
    }
    throw InvalidInput.of(field, "one-of", String.join(", ", LANGUAGES));
  }

  /** The child's name as the family knows it in {@code language}. */
  public static String childName(String language, String name, String nameUg) {
    if (UYGHUR.equals(language)) {
      return isBlank(nameUg) ? name : nameUg;
    }
    return isBlank(name) ? nameUg : name;
  }

  private static boolean isUyghur(String ethnicity) {
    if (isBlank(ethnicity)) {
      return false;
    }
    String text = ethnicity.strip().toLowerCase(Locale.ROOT);
    return UYGHUR_ETHNICITY.stream().anyMatch(text::contains);
  }

  private static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }
}
