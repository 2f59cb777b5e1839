package org.alliancecare.patients.internal.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Uyghur Latin Yéziqi (ULY, the official Latin transliteration of 2001): how a name in Uyghur
 * script is written, and found, on a keyboard without Arabic letters. A table, one Latin form per
 * letter (ICU4J has no Uyghur–Latin transliterator: its {@code ug-ug_FONIPA} gives IPA and its
 * generic {@code Arabic-Latin} knows neither ۈ nor ە).
 *
 * <p>The hamza carrier ئ is not written at the start of a word (ئايگۈل → aygül) and is written as
 * an apostrophe inside one (سائەت → sa'et, مەسئۇل → mes'ul). An apostrophe also separates two
 * letters that would read as one digraph: ن+گ → n'g (not ڭ ng), س+ھ → s'h, ز+ھ → z'h, گ+ھ → g'h.
 * Letters outside the Uyghur alphabet that older spellings of names hold (ح ع ص ض ط ظ ث ذ) are
 * written as the Uyghur letter that is pronounced.
 */
public final class Uly {

  private static final char HAMZA_CARRIER = '\u0626';

  private static final Map<Character, String> LETTERS =
      Map.ofEntries(
          Map.entry('\u0627', "a"), // ا
          Map.entry('\u06D5', "e"), // ە
          Map.entry('\u0628', "b"), // ب
          Map.entry('\u067E', "p"), // پ
          Map.entry('\u062A', "t"), // ت
          Map.entry('\u062C', "j"), // ج
          Map.entry('\u0686', "ch"), // چ
          Map.entry('\u062E', "x"), // خ
          Map.entry('\u062F', "d"), // د
          Map.entry('\u0631', "r"), // ر
          Map.entry('\u0632', "z"), // ز
          Map.entry('\u0698', "zh"), // ژ
          Map.entry('\u0633', "s"), // س
          Map.entry('\u0634', "sh"), // ش
          Map.entry('\u063A', "gh"), // غ
          Map.entry('\u0641', "f"), // ف
          Map.entry('\u0642', "q"), // ق
          Map.entry('\u0643', "k"), // ك
          Map.entry('\u06AF', "g"), // گ
          Map.entry('\u06AD', "ng"), // ڭ
          Map.entry('\u0644', "l"), // ل
          Map.entry('\u0645', "m"), // م
          Map.entry('\u0646', "n"), // ن
          Map.entry('\u06BE', "h"), // ھ
          Map.entry('\u0648', "o"), // و
          Map.entry('\u06C7', "u"), // ۇ
          Map.entry('\u06C6', "ö"), // ۆ
          Map.entry('\u06C8', "ü"), // ۈ
          Map.entry('\u06CB', "w"), // ۋ
          Map.entry('\u06D0', "é"), // ې
          Map.entry('\u0649', "i"), // ى
          Map.entry('\u064A', "y"), // ي
          // older spellings, outside the Uyghur alphabet
          Map.entry('\u062D', "h"), // ح
          Map.entry('\u0639', "'"), // ع
          Map.entry('\u0635', "s"), // ص
          Map.entry('\u0636', "z"), // ض
          Map.entry('\u0637', "t"), // ط
          Map.entry('\u0638', "z"), // ظ
          Map.entry('\u062B', "s"), // ث
          Map.entry('\u0630', "z"), // ذ
          Map.entry('\u0621', "'")); // ء

  /** Pairs of letters whose Latin forms would read as a digraph. */
  private static final Map<String, String> SEPARATED =
      Map.of(
          "\u0646\u06AF",
          "n'g",
          "\u0633\u06BE",
          "s'h",
          "\u0632\u06BE",
          "z'h",
          "\u06AF\u06BE",
          "g'h");

  private static final Pattern NOT_KEY = Pattern.compile("[^a-z0-9 -]");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private Uly() {}

  /**
   * ULY in lower case of a name in Uyghur script (normalised first): گۈلمىرە مەمەت → gülmire memet.
   */
  public static String latin(String uyghur) {
    String s = UyghurScript.normalise(uyghur);
    StringBuilder out = new StringBuilder(s.length() + 4);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean wordStart = i == 0 || !Character.isLetter(s.charAt(i - 1));
      if (c == HAMZA_CARRIER) {
        if (!wordStart) {
          out.append('\'');
        }
        continue;
      }
      if (i + 1 < s.length() && SEPARATED.containsKey(s.substring(i, i + 2))) {
        out.append(SEPARATED.get(s.substring(i, i + 2)));
        i++;
        continue;
      }
      String latin = LETTERS.get(c);
      out.append(latin != null ? latin : String.valueOf(c).toLowerCase(Locale.ROOT));
    }
    return out.toString();
  }

  /**
   * The form a Latin spelling is searched by: lower case, diacritics dropped (ö → o, ü → u, é → e),
   * apostrophes dropped, digraphs (ng, ch, sh, zh, gh) kept as typed, words separated by one space.
   * Text without a Latin letter (Chinese, Uyghur script) → "".
   */
  public static String searchKey(String latin) {
    if (latin == null) {
      return "";
    }
    String decomposed = Normalizer.normalize(latin.toLowerCase(Locale.ROOT), Normalizer.Form.NFKD);
    String bare = MARKS.matcher(decomposed).replaceAll("");
    String kept = NOT_KEY.matcher(SPACES.matcher(bare).replaceAll(" ")).replaceAll("");
    String key = SPACES.matcher(kept).replaceAll(" ").strip();
    return key.chars().anyMatch(ch -> ch >= 'a' && ch <= 'z') ? key : "";
  }
}
