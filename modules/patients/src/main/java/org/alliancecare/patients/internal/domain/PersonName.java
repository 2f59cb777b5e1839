package org.alliancecare.patients.internal.domain;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.alliancecare.kernel.InvalidInput;

/**
 * A person's name in full Unicode (Chinese, Uyghur in Arabic script, Latin), NFC-normalised. Uyghur
 * names written in Chinese characters separate given and family name with a middle dot; the
 * look-alikes people type ({@code •}, {@code ・}, {@code ．}, {@code .}, and others) between Han
 * characters become U+00B7, so that 古丽米热•买买提 and 古丽米热·买买提 are one name.
 */
public record PersonName(String value) {

  public static final char MIDDLE_DOT = '\u00B7';
  static final int MAX_LENGTH = 100;

  /** Dots that stand for the middle dot when they sit between two Han characters. */
  private static final Pattern DOT_BETWEEN_HAN =
      Pattern.compile(
          "(?<=\\p{IsHan})\\s*[\\u00B7\\u2022\\u30FB\\uFF0E\\u002E\\u2027\\u2219\\u22C5\\uFF65\\u0387]\\s*(?=\\p{IsHan})");

  private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}&&[^\\u200C\\u200D]]");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  public PersonName {
    value = normalise(value);
    if (value.isEmpty()) {
      throw InvalidInput.of("name", "required");
    }
    if (value.codePointCount(0, value.length()) > MAX_LENGTH) {
      throw InvalidInput.of("name", "at-most-characters", MAX_LENGTH);
    }
  }

  /** Parses a name given for the named field, so that errors name that field. */
  public static PersonName of(String text, String field) {
    try {
      return new PersonName(text);
    } catch (InvalidInput e) {
      throw new InvalidInput(List.of(e.errors().get(0).about(field)));
    }
  }

  /**
   * NFC, control and format characters removed (but the joiners that Arabic script needs), runs of
   * white space as one space, middle-dot variants between Han characters unified.
   */
  public static String normalise(String text) {
    if (text == null) {
      return "";
    }
    String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
    String clean = CONTROL.matcher(nfc).replaceAll("");
    String spaced = SPACES.matcher(clean).replaceAll(" ").strip();
    return DOT_BETWEEN_HAN.matcher(spaced).replaceAll(String.valueOf(MIDDLE_DOT));
  }

  /** The form names are compared and searched by: normalised, case-folded, without spaces. */
  public String searchKey() {
    return searchKeyOf(value);
  }

  public static String searchKeyOf(String text) {
    return normalise(text).toLowerCase(Locale.ROOT).replace(" ", "");
  }

  @Override
  public String toString() {
    return value;
  }
}
