package org.alliancecare.patients.internal.persistence;

import org.alliancecare.patients.internal.domain.PersonName;
import org.alliancecare.patients.internal.domain.Uly;
import org.alliancecare.patients.internal.domain.UyghurScript;

/**
 * What a typed {@code q} is looked up as: part of the Chinese (or Latin) name's key, the start of a
 * word of the Uyghur name in script (when {@code q} has Arabic letters), the start of a word of its
 * ULY form without diacritics (when {@code q} has Latin letters). A null form is not looked up.
 */
public record NameSearch(String nameKey, String uyghurKey, String latinKey) {

  /** The search for {@code q}; null when nothing was typed. */
  public static NameSearch of(String q) {
    if (q == null || q.isBlank()) {
      return null;
    }
    String latin = Uly.searchKey(q);
    return new NameSearch(
        PersonName.searchKeyOf(q),
        UyghurScript.hasArabicLetters(q) ? UyghurScript.searchKey(q) : null,
        latin.isEmpty() ? null : latin);
  }
}
