package org.alliancecare.kernel;

/**
 * JSON string literals written the one way the application writes them: the audit journal's
 * canonical payloads (whose hash chain depends on every byte) and the answers copied from them.
 * Only what JSON requires is escaped — the quote, the backslash and control characters, with the
 * short forms where JSON has them and a backslash-u escape of four lower-case hex digits otherwise
 * — as the JSON-P generator does; everything else, Chinese and Uyghur text included, is written as
 * it is.
 */
public final class JsonStrings {

  private JsonStrings() {}

  /** Appends {@code text} as a JSON string literal. */
  public static void quote(CharSequence text, StringBuilder out) {
    out.append('"');
    int plain = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x20 && c != '"' && c != '\\') {
        continue;
      }
      out.append(text, plain, i);
      plain = i + 1;
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          String hex = "000" + Integer.toHexString(c);
          out.append("\\u").append(hex, hex.length() - 4, hex.length());
        }
      }
    }
    out.append(text, plain, text.length()).append('"');
  }
}
