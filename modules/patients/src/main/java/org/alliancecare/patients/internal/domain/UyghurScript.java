package org.alliancecare.patients.internal.domain;

import java.text.Normalizer;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Uyghur in Arabic script (UEY) as people type it, brought to one spelling so that a name typed on
 * an Arabic or Persian keyboard, pasted from a document set in presentation forms, or written with
 * the letters of another font is the same name as the one on file. Each mapping and why:
 *
 * <ul>
 *   <li>NFKC: the Arabic presentation forms (U+FB50–FDFF, U+FE70–FEFF), which old documents and
 *       some PDFs hold instead of letters, fold to the base letters, including the Uyghur ligatures
 *       of the hamza carrier (ﺋﺎ U+FBEA → ئا);
 *   <li>ی U+06CC (Farsi yeh, a Persian keyboard's only yeh, for the consonant and the vowel alike)
 *       → the consonant ي U+064A (ULY y) next to a vowel (یاسین → ياسىن), else the vowel ى U+0649
 *       (ULY i), as the field app reads it; ي U+064A itself stays: in Uyghur it is the consonant y;
 *   <li>ک U+06A9 (keheh, Persian keyboards) → ك U+0643, the Uyghur k;
 *   <li>ه U+0647 (Arabic heh, which Arabic and Persian keyboards give for both) and ة U+0629 → ە
 *       U+06D5 (the vowel e) where it is a vowel, that is between consonants or after a consonant
 *       at the end of a word (مەمەت, گۈلمىرە), and → ھ U+06BE (the consonant h) at the start of a
 *       word or next to a vowel (ھەسەن, مۇھەممەت). ھ U+06BE is never touched;
 *   <li>و U+0648 followed by a combining mark → the precomposed letter: + damma U+064F → ۇ U+06C7,
 *       + small v above U+065A → ۆ U+06C6, + superscript alef U+0670 → ۈ U+06C8; ى U+0649 + hamza
 *       above U+0654 → ئ U+0626;
 *   <li>أ إ آ ٱ (Arabic alef with marks) → ا U+0627: Uyghur writes a bare alef;
 *   <li>tatweel ـ U+0640, ZWNJ, ZWJ, the bidirectional marks and other format characters removed;
 *       hyphen look-alikes (U+2010–2015, U+2212) → "-"; runs of white space → one space.
 * </ul>
 *
 * The hamza carrier ئ U+0626 is kept: it is a letter of the spelling (a word never begins with a
 * bare vowel: ئابدۇكېرىم, ئايگۈل).
 */
public final class UyghurScript {

  private static final char HEH = '\u0647';
  private static final char TEH_MARBUTA = '\u0629';
  private static final char AE = '\u06D5';
  private static final char HEH_DOACHASHMEE = '\u06BE';
  private static final char FARSI_YEH = '\u06CC';
  private static final char YEH = '\u064A';
  private static final char ALEF_MAKSURA = '\u0649';

  /** The vowels of Uyghur: ا ە و ۇ ۆ ۈ ې ى. */
  private static final String VOWELS = "\u0627\u06D5\u0648\u06C7\u06C6\u06C8\u06D0\u0649";

  /** Letters written the same in every Uyghur spelling but produced differently by keyboards. */
  private static final Map<Character, Character> LETTER_VARIANTS =
      Map.of(
          '\u06A9', '\u0643', // ک keheh → ك
          '\u0623', '\u0627', // أ → ا
          '\u0625', '\u0627', // إ → ا
          '\u0622', '\u0627', // آ → ا
          '\u0671', '\u0627'); // ٱ → ا

  private static final Pattern COMPOSED_U = Pattern.compile("\u0648\u064F");
  private static final Pattern COMPOSED_OE = Pattern.compile("\u0648\u065A");
  private static final Pattern COMPOSED_UE = Pattern.compile("\u0648\u0670");
  private static final Pattern COMPOSED_HAMZA = Pattern.compile("\u0649\u0654");
  private static final Pattern IGNORED = Pattern.compile("[\\u0640\\p{Cf}\\p{Cc}&&[^\\s]]");
  private static final Pattern HYPHENS = Pattern.compile("[\\u2010-\\u2015\\u2212\\u058A\\uFE63]");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern SPACED_HYPHEN = Pattern.compile("\\s*-\\s*");
  private static final Pattern ARABIC_LETTER = Pattern.compile("[\\p{IsArabic}&&\\p{L}]");
  private static final Pattern NAME =
      Pattern.compile("[\\p{IsArabic}&&\\p{L}]+([ -][\\p{IsArabic}&&\\p{L}]+)*");

  private UyghurScript() {}

  /** The text in one spelling: see the class comment for each mapping. Null → "". */
  public static String normalise(String text) {
    if (text == null) {
      return "";
    }
    String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
    s = COMPOSED_U.matcher(s).replaceAll("\u06C7");
    s = COMPOSED_OE.matcher(s).replaceAll("\u06C6");
    s = COMPOSED_UE.matcher(s).replaceAll("\u06C8");
    s = COMPOSED_HAMZA.matcher(s).replaceAll("\u0626");
    s = IGNORED.matcher(s).replaceAll("");
    s = HYPHENS.matcher(s).replaceAll("-");
    StringBuilder letters = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      letters.append(LETTER_VARIANTS.getOrDefault(c, c));
    }
    String spaced = SPACES.matcher(resolveHeh(resolveFarsiYeh(letters))).replaceAll(" ").strip();
    return SPACED_HYPHEN.matcher(spaced).replaceAll("-");
  }

  /** Whether the text holds at least one letter of the Arabic script. */
  public static boolean hasArabicLetters(String text) {
    return text != null && ARABIC_LETTER.matcher(text).find();
  }

  /**
   * Whether normalised text is a name: Arabic-script letters in words separated by space or "-".
   */
  public static boolean isName(String normalised) {
    return NAME.matcher(normalised).matches();
  }

  /**
   * The form Uyghur names are compared and searched by: normalised, and ي (y) folded into ى (i),
   * because a Persian keyboard gives one letter for both and people type either.
   */
  public static String searchKey(String text) {
    return normalise(text).replace('\u064A', '\u0649');
  }

  /** ی as the consonant ي next to a vowel, else as the vowel ى. */
  private static String resolveFarsiYeh(CharSequence s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != FARSI_YEH) {
        out.append(c);
        continue;
      }
      char before = i == 0 ? ' ' : s.charAt(i - 1);
      char after = i + 1 < s.length() ? s.charAt(i + 1) : ' ';
      out.append(isVowel(before) || isVowel(after) ? YEH : ALEF_MAKSURA);
    }
    return out.toString();
  }

  /** ه and ة as the vowel ە or the consonant ھ, by the letters around them. */
  private static String resolveHeh(CharSequence s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != HEH && c != TEH_MARBUTA) {
        out.append(c);
        continue;
      }
      char before = out.length() == 0 ? ' ' : out.charAt(out.length() - 1);
      char after = i + 1 < s.length() ? s.charAt(i + 1) : ' ';
      boolean wordStart = !isLetter(before);
      boolean nextToVowel = isVowel(before) || isVowel(after);
      out.append(c == TEH_MARBUTA || (!wordStart && !nextToVowel) ? AE : HEH_DOACHASHMEE);
    }
    return out.toString();
  }

  private static boolean isVowel(char c) {
    return VOWELS.indexOf(c) >= 0;
  }

  private static boolean isLetter(char c) {
    return Character.isLetter(c);
  }
}
