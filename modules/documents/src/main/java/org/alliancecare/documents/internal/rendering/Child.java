package org.alliancecare.documents.internal.rendering;

import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * The child a document is about, as printed: the name in each script it is known in, and the
 * identity number masked ({@code 652925********0028}) as the API masks it, whatever was given.
 *
 * @param name in Chinese characters or Latin, or {@code null}
 * @param nameUg in Uyghur script, or {@code null}
 * @param sex {@code MALE} or {@code FEMALE}, or {@code null}
 */
public record Child(
    String name, String nameUg, String sex, LocalDate birthDate, String nationalId) {

  private static final Pattern UNMASKED = Pattern.compile("\\d{17}[\\dXx]");

  public Child {
    nationalId = masked(nationalId);
  }

  /** A full 18-character identity number with its middle eight hidden; others as they are. */
  static String masked(String nationalId) {
    if (nationalId == null) {
      return null;
    }
    String id = nationalId.strip();
    return UNMASKED.matcher(id).matches() ? id.substring(0, 6) + "********" + id.substring(14) : id;
  }

  /** The name on the Chinese side: the Chinese form, else the Uyghur one. */
  String nameForChinese() {
    return name != null && !name.isBlank() ? name : nameUg;
  }

  /** The name on the Uyghur side: the Uyghur form, else the Chinese one. */
  String nameForUyghur() {
    return nameUg != null && !nameUg.isBlank() ? nameUg : name;
  }
}
