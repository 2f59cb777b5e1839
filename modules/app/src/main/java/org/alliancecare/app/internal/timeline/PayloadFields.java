package org.alliancecare.app.internal.timeline;

import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;

/**
 * The top-level fields of a journal payload, read from its canonical JSON text (an object, no
 * whitespace: {@code CanonicalJson}) without parsing the rest. A timeline needs a few facts of each
 * entry for its sentence and writes the payload itself as stored, so parsing every measurement and
 * classification of a hundred screenings into objects only to write them again was most of its
 * work. A field is located by one pass over the text that skips nested objects, arrays and strings;
 * only the values asked for become JSON values.
 */
final class PayloadFields implements TimelineSummaries.Fields {

  /** Looked up once: {@code Json.create…} runs the service loader on every call. */
  private static final JsonProvider JSON = JsonProvider.provider();

  private final String text;

  private PayloadFields(String text) {
    this.text = text;
  }

  /** The fields of a payload as the journal stores it. */
  static PayloadFields of(String canonicalJson) {
    return new PayloadFields(canonicalJson);
  }

  /** The field's value; {@code null} when the payload has no such field. */
  @Override
  public JsonValue get(String name) {
    int at = valueOf(name);
    if (at < 0) {
      return null;
    }
    int end = endOfValue(at);
    char first = text.charAt(at);
    if (first == '"' && noEscape(at, end)) {
      return JSON.createValue(text.substring(at + 1, end - 1));
    }
    if (text.startsWith("null", at) && end == at + 4) {
      return JsonValue.NULL;
    }
    try (JsonReader reader = JSON.createReader(new StringReader(text.substring(at, end)))) {
      return reader.readValue();
    }
  }

  /** The field's value if it is a string, else {@code null}. */
  String string(String name) {
    return get(name) instanceof JsonString string ? string.getString() : null;
  }

  private boolean noEscape(int at, int end) {
    int backslash = text.indexOf('\\', at + 1);
    return backslash < 0 || backslash >= end - 1;
  }

  /** Where the value of the top-level member {@code name} starts, or -1. */
  private int valueOf(String name) {
    int length = text.length();
    int at = space(0);
    if (at >= length || text.charAt(at) != '{') {
      return -1;
    }
    at = space(at + 1);
    while (at < length && text.charAt(at) == '"') {
      int keyEnd = endOfString(at);
      int colon = space(keyEnd);
      if (colon >= length || text.charAt(colon) != ':') {
        return -1;
      }
      int value = space(colon + 1);
      if (value >= length) {
        return -1;
      }
      if (names(at, keyEnd, name)) {
        return value;
      }
      at = space(endOfValue(value));
      if (at < length && text.charAt(at) == ',') {
        at = space(at + 1);
      } else {
        break;
      }
    }
    return -1;
  }

  /** The first index from {@code at} that is not JSON whitespace (canonical text has none). */
  private int space(int at) {
    int i = at;
    while (i < text.length()
        && (text.charAt(i) == ' '
            || text.charAt(i) == '\n'
            || text.charAt(i) == '\r'
            || text.charAt(i) == '\t')) {
      i++;
    }
    return i;
  }

  /** Whether the string literal from {@code at} to {@code end} is {@code name}. */
  private boolean names(int at, int end, String name) {
    if (noEscape(at, end)) {
      return end - at - 2 == name.length() && text.startsWith(name, at + 1);
    }
    try (JsonReader reader = JSON.createReader(new StringReader(text.substring(at, end)))) {
      return reader.readValue() instanceof JsonString key && key.getString().equals(name);
    }
  }

  /** The index just after the value that starts at {@code at}. */
  private int endOfValue(int at) {
    char first = text.charAt(at);
    if (first == '"') {
      return endOfString(at);
    }
    if (first == '{' || first == '[') {
      int depth = 0;
      int i = at;
      while (i < text.length()) {
        char c = text.charAt(i);
        if (c == '"') {
          i = endOfString(i);
          continue;
        }
        if (c == '{' || c == '[') {
          depth++;
        } else if (c == '}' || c == ']') {
          depth--;
          if (depth == 0) {
            return i + 1;
          }
        }
        i++;
      }
      return i;
    }
    int i = at;
    while (i < text.length() && ",}] \n\r\t".indexOf(text.charAt(i)) < 0) {
      i++;
    }
    return i;
  }

  /**
   * The index just after the closing quote of the string that starts at {@code at}: the first quote
   * after an even number of backslashes. Found with {@link String#indexOf(int, int)}, which the JVM
   * scans many characters at a time: payloads are mostly long strings of Chinese and Uyghur text.
   */
  private int endOfString(int at) {
    int from = at + 1;
    while (true) {
      int quote = text.indexOf('"', from);
      if (quote < 0) {
        return text.length();
      }
      int backslashes = 0;
      while (quote - backslashes - 1 > at && text.charAt(quote - backslashes - 1) == '\\') {
        backslashes++;
      }
      if (backslashes % 2 == 0) {
        return quote + 1;
      }
      from = quote + 1;
    }
  }
}
