package org.alliancecare.documents.internal.rendering;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.ibm.icu.text.Bidi;
import com.openhtmltopdf.bidi.BidiReorderer;
import java.util.Map;

/**
 * Contextual shaping of Arabic-script text for the PDF, complete for the Uyghur alphabet.
 *
 * <p>The PDF renderer draws one glyph per character and does no OpenType shaping: joined Arabic
 * script needs each letter replaced by its presentation form (isolated, final, initial, medial)
 * before it is drawn. ICU4J's {@code ArabicShaping}, which openhtmltopdf uses, knows the forms only
 * up to U+06D3: Uyghur's ە (U+06D5) stays unjoined, and the letter before it is not joined to it
 * (نەتىجە came out as ن ە ت ى ج ە). This shaper takes each letter's joining type from the Unicode
 * data (ICU's {@code JOINING_TYPE}, which is complete) and its forms from a table that covers every
 * letter of Uyghur (ە takes the forms of ه, as Uyghur fonts and typewriters always drew it; ى joins
 * on both sides as in Uyghur, U+FBE8/FBE9) and the rest of the basic Arabic letters, with the
 * lam-alef ligatures. Bidi reordering stays ICU's.
 */
public final class UyghurShaping implements BidiReorderer {

  private static final ArabicShaping DESHAPER =
      new ArabicShaping(
          ArabicShaping.TEXT_DIRECTION_LOGICAL
              | ArabicShaping.LETTERS_UNSHAPE
              | ArabicShaping.LENGTH_GROW_SHRINK);

  /**
   * Letter → its forms: isolated, final, initial, medial (the last two 0 if it joins right only).
   */
  private static final Map<Character, char[]> FORMS =
      Map.ofEntries(
          forms('\u0621', 0xFE80, 0, 0, 0),
          forms('\u0622', 0xFE81, 0xFE82, 0, 0),
          forms('\u0623', 0xFE83, 0xFE84, 0, 0),
          forms('\u0624', 0xFE85, 0xFE86, 0, 0),
          forms('\u0625', 0xFE87, 0xFE88, 0, 0),
          forms('\u0626', 0xFE89, 0xFE8A, 0xFE8B, 0xFE8C), // ئ
          forms('\u0627', 0xFE8D, 0xFE8E, 0, 0), // ا
          forms('\u0628', 0xFE8F, 0xFE90, 0xFE91, 0xFE92), // ب
          forms('\u0629', 0xFE93, 0xFE94, 0, 0),
          forms('\u062A', 0xFE95, 0xFE96, 0xFE97, 0xFE98), // ت
          forms('\u062B', 0xFE99, 0xFE9A, 0xFE9B, 0xFE9C),
          forms('\u062C', 0xFE9D, 0xFE9E, 0xFE9F, 0xFEA0), // ج
          forms('\u062D', 0xFEA1, 0xFEA2, 0xFEA3, 0xFEA4),
          forms('\u062E', 0xFEA5, 0xFEA6, 0xFEA7, 0xFEA8), // خ
          forms('\u062F', 0xFEA9, 0xFEAA, 0, 0), // د
          forms('\u0630', 0xFEAB, 0xFEAC, 0, 0),
          forms('\u0631', 0xFEAD, 0xFEAE, 0, 0), // ر
          forms('\u0632', 0xFEAF, 0xFEB0, 0, 0), // ز
          forms('\u0633', 0xFEB1, 0xFEB2, 0xFEB3, 0xFEB4), // س
          forms('\u0634', 0xFEB5, 0xFEB6, 0xFEB7, 0xFEB8), // ش
          forms('\u0635', 0xFEB9, 0xFEBA, 0xFEBB, 0xFEBC),
          forms('\u0636', 0xFEBD, 0xFEBE, 0xFEBF, 0xFEC0),
          forms('\u0637', 0xFEC1, 0xFEC2, 0xFEC3, 0xFEC4),
          forms('\u0638', 0xFEC5, 0xFEC6, 0xFEC7, 0xFEC8),
          forms('\u0639', 0xFEC9, 0xFECA, 0xFECB, 0xFECC),
          forms('\u063A', 0xFECD, 0xFECE, 0xFECF, 0xFED0), // غ
          forms('\u0641', 0xFED1, 0xFED2, 0xFED3, 0xFED4), // ف
          forms('\u0642', 0xFED5, 0xFED6, 0xFED7, 0xFED8), // ق
          forms('\u0643', 0xFED9, 0xFEDA, 0xFEDB, 0xFEDC), // ك
          forms('\u0644', 0xFEDD, 0xFEDE, 0xFEDF, 0xFEE0), // ل
          forms('\u0645', 0xFEE1, 0xFEE2, 0xFEE3, 0xFEE4), // م
          forms('\u0646', 0xFEE5, 0xFEE6, 0xFEE7, 0xFEE8), // ن
          forms('\u0647', 0xFEE9, 0xFEEA, 0xFEEB, 0xFEEC),
          forms('\u0648', 0xFEED, 0xFEEE, 0, 0), // و
          forms('\u0649', 0xFEEF, 0xFEF0, 0xFBE8, 0xFBE9), // ى (dual-joining in Uyghur)
          forms('\u064A', 0xFEF1, 0xFEF2, 0xFEF3, 0xFEF4), // ي
          forms('\u067E', 0xFB56, 0xFB57, 0xFB58, 0xFB59), // پ
          forms('\u0686', 0xFB7A, 0xFB7B, 0xFB7C, 0xFB7D), // چ
          forms('\u0698', 0xFB8A, 0xFB8B, 0, 0), // ژ
          forms('\u06AD', 0xFBD3, 0xFBD4, 0xFBD5, 0xFBD6), // ڭ
          forms('\u06AF', 0xFB92, 0xFB93, 0xFB94, 0xFB95), // گ
          forms('\u06BE', 0xFBAA, 0xFBAB, 0xFBAC, 0xFBAD), // ھ
          forms('\u06C6', 0xFBD9, 0xFBDA, 0, 0), // ۆ
          forms('\u06C7', 0xFBD7, 0xFBD8, 0, 0), // ۇ
          forms('\u06C8', 0xFBDB, 0xFBDC, 0, 0), // ۈ
          forms('\u06CB', 0xFBDE, 0xFBDF, 0, 0), // ۋ
          forms('\u06D0', 0xFBE4, 0xFBE5, 0xFBE6, 0xFBE7), // ې
          forms('\u06D5', 0xFEE9, 0xFEEA, 0, 0)); // ە

  private static final char LAM = '\u0644';

  /** Alef (and its hamza and madda variants) → the lam-alef ligature: isolated, final. */
  private static final Map<Character, char[]> LAM_ALEF =
      Map.of(
          '\u0627', new char[] {'\uFEFB', '\uFEFC'},
          '\u0622', new char[] {'\uFEF5', '\uFEF6'},
          '\u0623', new char[] {'\uFEF7', '\uFEF8'},
          '\u0625', new char[] {'\uFEF9', '\uFEFA'});

  private static Map.Entry<Character, char[]> forms(
      char letter, int isolated, int fin, int initial, int medial) {
    return Map.entry(
        letter, new char[] {(char) isolated, (char) fin, (char) initial, (char) medial});
  }

  @Override
  public String reorderRTLTextToLTR(String text) {
    return Bidi.writeReverse(text, Bidi.DO_MIRRORING);
  }

  @Override
  public String shapeText(String text) {
    return shape(text);
  }

  @Override
  public String deshapeText(String text) {
    try {
      return DESHAPER.shape(text);
    } catch (ArabicShapingException e) {
      return text;
    }
  }

  @Override
  public boolean isLiveImplementation() {
    return true;
  }

  /** The text in logical order with each Arabic letter in the form its neighbours call for. */
  public static String shape(String text) {
    StringBuilder shaped = new StringBuilder(text.length());
    int length = text.length();
    for (int i = 0; i < length; i++) {
      char letter = text.charAt(i);
      char[] forms = FORMS.get(letter);
      if (forms == null) {
        shaped.append(letter);
        continue;
      }
      boolean joinsBefore = joinsToNext(previousLetter(text, i));
      int next = nextLetter(text, i);
      if (letter == LAM && next >= 0 && LAM_ALEF.containsKey(text.charAt(next))) {
        shaped.append(LAM_ALEF.get(text.charAt(next))[joinsBefore ? 1 : 0]);
        shaped.append(text, i + 1, next); // marks between lam and alef stay
        i = next;
        continue;
      }
      boolean dual = forms[2] != 0;
      boolean joinsAfter = dual && next >= 0 && joinsToPrevious(text.charAt(next));
      int form;
      if (joinsBefore && joinsAfter) {
        form = 3;
      } else if (joinsAfter) {
        form = 2;
      } else if (joinsBefore) {
        form = 1;
      } else {
        form = 0;
      }
      shaped.append(forms[form] != 0 ? forms[form] : forms[0]);
    }
    return shaped.toString();
  }

  /** The previous character that is not a mark (a transparent one), or -1. */
  private static int previousLetter(String text, int i) {
    for (int j = i - 1; j >= 0; j--) {
      if (!transparent(text.charAt(j))) {
        return text.charAt(j);
      }
    }
    return -1;
  }

  private static int nextLetter(String text, int i) {
    for (int j = i + 1; j < text.length(); j++) {
      if (!transparent(text.charAt(j))) {
        return j;
      }
    }
    return -1;
  }

  private static boolean transparent(char c) {
    return joiningType(c) == UCharacter.JoiningType.TRANSPARENT;
  }

  /** Whether a letter before another joins it on its left (dual-joining, or a tatweel). */
  private static boolean joinsToNext(int c) {
    if (c < 0) {
      return false;
    }
    char[] forms = FORMS.get((char) c);
    if (forms != null) {
      return forms[2] != 0;
    }
    int type = joiningType(c);
    return type == UCharacter.JoiningType.DUAL_JOINING
        || type == UCharacter.JoiningType.JOIN_CAUSING
        || type == UCharacter.JoiningType.LEFT_JOINING;
  }

  /** Whether a letter after another joins it on its right (dual- or right-joining). */
  private static boolean joinsToPrevious(char c) {
    if (FORMS.containsKey(c)) {
      return c != '\u0621';
    }
    int type = joiningType(c);
    return type == UCharacter.JoiningType.DUAL_JOINING
        || type == UCharacter.JoiningType.RIGHT_JOINING
        || type == UCharacter.JoiningType.JOIN_CAUSING;
  }

  private static int joiningType(int c) {
    return UCharacter.getIntPropertyValue(c, UProperty.JOINING_TYPE);
  }
}
