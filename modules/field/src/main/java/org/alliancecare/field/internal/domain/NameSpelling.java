package org.alliancecare.field.internal.domain;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A name as a doctor types it on a device without a Chinese keyboard: the pinyin of each syllable
 * without tones, lower case ({@code gu li mi re · mai mai ti} for 古丽米热·买买提), and the initials of
 * the syllables of each part ({@code glmr mmt}). Uyghur names written in Chinese characters come in
 * parts joined by a middle dot; each part keeps its own syllables so that the field app can match
 * "glmr" as well as "mmt". Only the pack carries these spellings; the server's own search goes by
 * the characters.
 *
 * @param latin the syllables in pinyin without tones, parts joined by {@code " · "}
 * @param initials the first letter of each syllable, parts joined by a space
 */
public record NameSpelling(String latin, String initials) {

  /** ICU's transliterator is thread-safe once built, and building it costs milliseconds. */
  private static final Transliterator HAN_TO_ASCII =
      Transliterator.getInstance("Han-Latin; Latin-ASCII");

  /** The separators between the parts of a name, as in {@code PersonName}'s middle-dot variants. */
  private static final Pattern PART_SEPARATOR = Pattern.compile("[·•‧・∙⋅.．]");

  private static final Pattern NOT_A_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");

  /** The spelling of a name; blank for a blank one. */
  public static NameSpelling of(String name) {
    if (name == null || name.isBlank()) {
      return new NameSpelling("", "");
    }
    List<String> latinParts = new ArrayList<>();
    List<String> initialParts = new ArrayList<>();
    for (String part : PART_SEPARATOR.split(name)) {
      List<String> syllables = syllables(part);
      if (syllables.isEmpty()) {
        continue;
      }
      latinParts.add(String.join(" ", syllables));
      StringBuilder initials = new StringBuilder();
      syllables.forEach(syllable -> initials.append(syllable.charAt(0)));
      initialParts.add(initials.toString());
    }
    return new NameSpelling(String.join(" · ", latinParts), String.join(" ", initialParts));
  }

  /** The part's syllables in lower-case ASCII; Latin words stay whole, as one "syllable" each. */
  private static List<String> syllables(String part) {
    String ascii = HAN_TO_ASCII.transliterate(part.strip()).toLowerCase(Locale.ROOT);
    List<String> syllables = new ArrayList<>();
    for (String word : NOT_A_LETTER_OR_DIGIT.split(ascii)) {
      if (!word.isEmpty()) {
        syllables.add(word);
      }
    }
    return syllables;
  }
}
