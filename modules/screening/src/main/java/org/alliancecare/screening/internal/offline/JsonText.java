package org.alliancecare.screening.internal.offline;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.AbstractList;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * JSON text to the {@code jakarta.json} values that the server's readers take ({@link
 * org.alliancecare.screening.internal.domain.MeasurementsJson}, {@link
 * org.alliancecare.screening.internal.persistence.RuleSetJson}), and strings back to JSON text.
 *
 * <p>Why a parser of its own: the offline field app runs the server's code compiled to JavaScript,
 * and a JSON-P provider (Parsson) does not compile there (it is found through a service lookup and
 * class loading). This adapter is the only part that is not the server's code; it does nothing but
 * RFC 8259: numbers are read exactly as {@link BigDecimal}, as JSON-P reads them, and the rules
 * about what is a valid measurement stay in the server's readers.
 */
final class JsonText {

  private final String text;
  private int at;

  private JsonText(String text) {
    this.text = text;
  }

  /**
   * Reads one JSON document.
   *
   * @throws IllegalArgumentException saying where the text is not JSON
   */
  static JsonValue parse(String text) {
    if (text == null) {
      throw new IllegalArgumentException("no JSON text");
    }
    JsonText parser = new JsonText(text);
    JsonValue value = parser.value();
    parser.skipSpace();
    if (parser.at != text.length()) {
      throw parser.failure("unexpected text after the JSON value");
    }
    return value;
  }

  /** {@code value} as a JSON string, escaped as JSON-P writes it. */
  static String quote(String value) {
    StringBuilder json = new StringBuilder(value.length() + 2).append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> json.append("\\\"");
        case '\\' -> json.append("\\\\");
        case '\b' -> json.append("\\b");
        case '\f' -> json.append("\\f");
        case '\n' -> json.append("\\n");
        case '\r' -> json.append("\\r");
        case '\t' -> json.append("\\t");
        default -> {
          if (c < 0x20) {
            String hex = Integer.toHexString(c);
            json.append("\\u").append("0000", hex.length(), 4).append(hex);
          } else {
            json.append(c);
          }
        }
      }
    }
    return json.append('"').toString();
  }

  private JsonValue value() {
    skipSpace();
    if (at >= text.length()) {
      throw failure("a value is missing");
    }
    char c = text.charAt(at);
    return switch (c) {
      case '{' -> object();
      case '[' -> array();
      case '"' -> new Text(string());
      case 't' -> literal("true", JsonValue.TRUE);
      case 'f' -> literal("false", JsonValue.FALSE);
      case 'n' -> literal("null", JsonValue.NULL);
      default -> {
        if (c == '-' || (c >= '0' && c <= '9')) {
          yield number();
        }
        throw failure("unexpected character '" + c + "'");
      }
    };
  }

  private JsonValue object() {
    at++;
    Map<String, JsonValue> members = new LinkedHashMap<>();
    skipSpace();
    if (peek() == '}') {
      at++;
      return new ObjectValue(members);
    }
    while (true) {
      skipSpace();
      if (peek() != '"') {
        throw failure("a member name in quotes is expected");
      }
      String name = string();
      skipSpace();
      expect(':');
      members.put(name, value());
      skipSpace();
      char next = peek();
      at++;
      if (next == '}') {
        return new ObjectValue(members);
      }
      if (next != ',') {
        throw failure("',' or '}' is expected");
      }
    }
  }

  private JsonValue array() {
    at++;
    List<JsonValue> items = new ArrayList<>();
    skipSpace();
    if (peek() == ']') {
      at++;
      return new ArrayValue(items);
    }
    while (true) {
      items.add(value());
      skipSpace();
      char next = peek();
      at++;
      if (next == ']') {
        return new ArrayValue(items);
      }
      if (next != ',') {
        throw failure("',' or ']' is expected");
      }
    }
  }

  private String string() {
    at++;
    StringBuilder value = new StringBuilder();
    while (true) {
      if (at >= text.length()) {
        throw failure("a string is not closed");
      }
      char c = text.charAt(at++);
      if (c == '"') {
        return value.toString();
      }
      if (c < 0x20) {
        throw failure("a control character in a string");
      }
      if (c != '\\') {
        value.append(c);
        continue;
      }
      char escaped = at < text.length() ? text.charAt(at++) : '\0';
      switch (escaped) {
        case '"', '\\', '/' -> value.append(escaped);
        case 'b' -> value.append('\b');
        case 'f' -> value.append('\f');
        case 'n' -> value.append('\n');
        case 'r' -> value.append('\r');
        case 't' -> value.append('\t');
        case 'u' -> {
          if (at + 4 > text.length()) {
            throw failure("a \\u escape has four hex digits");
          }
          try {
            value.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
          } catch (NumberFormatException notHex) {
            throw failure("a \\u escape has four hex digits");
          }
          at += 4;
        }
        default -> throw failure("an unknown escape in a string");
      }
    }
  }

  private JsonValue number() {
    int start = at;
    if (peek() == '-') {
      at++;
    }
    if (peek() == '0') {
      at++;
    } else if (isDigit(peek())) {
      digits();
    } else {
      throw failure("a number is expected");
    }
    if (peek() == '.') {
      at++;
      if (!isDigit(peek())) {
        throw failure("digits are expected after '.'");
      }
      digits();
    }
    if (peek() == 'e' || peek() == 'E') {
      at++;
      if (peek() == '+' || peek() == '-') {
        at++;
      }
      if (!isDigit(peek())) {
        throw failure("digits are expected in an exponent");
      }
      digits();
    }
    return new NumberValue(new BigDecimal(text.substring(start, at)));
  }

  private void digits() {
    while (isDigit(peek())) {
      at++;
    }
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private JsonValue literal(String word, JsonValue value) {
    if (!text.startsWith(word, at)) {
      throw failure("unexpected text");
    }
    at += word.length();
    return value;
  }

  private void expect(char c) {
    if (peek() != c) {
      throw failure("'" + c + "' is expected");
    }
    at++;
  }

  private char peek() {
    return at < text.length() ? text.charAt(at) : '\0';
  }

  private void skipSpace() {
    while (at < text.length()) {
      char c = text.charAt(at);
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
        return;
      }
      at++;
    }
  }

  private IllegalArgumentException failure(String what) {
    return new IllegalArgumentException("not JSON at character " + at + ": " + what);
  }

  /** A JSON string. */
  private record Text(String value) implements JsonString {

    @Override
    public String getString() {
      return value;
    }

    @Override
    public CharSequence getChars() {
      return value;
    }

    @Override
    public ValueType getValueType() {
      return ValueType.STRING;
    }

    @Override
    public String toString() {
      return quote(value);
    }
  }

  /** A JSON number, exact. */
  private record NumberValue(BigDecimal value) implements JsonNumber {

    @Override
    public boolean isIntegral() {
      return value.scale() == 0;
    }

    @Override
    public int intValue() {
      return value.intValue();
    }

    @Override
    public int intValueExact() {
      return value.intValueExact();
    }

    @Override
    public long longValue() {
      return value.longValue();
    }

    @Override
    public long longValueExact() {
      return value.longValueExact();
    }

    @Override
    public BigInteger bigIntegerValue() {
      return value.toBigInteger();
    }

    @Override
    public BigInteger bigIntegerValueExact() {
      return value.toBigIntegerExact();
    }

    @Override
    public double doubleValue() {
      return value.doubleValue();
    }

    @Override
    public BigDecimal bigDecimalValue() {
      return value;
    }

    @Override
    public ValueType getValueType() {
      return ValueType.NUMBER;
    }

    @Override
    public String toString() {
      return value.toString();
    }
  }

  /** A JSON object, its members in the order written. */
  private static final class ObjectValue extends AbstractMap<String, JsonValue>
      implements JsonObject {

    private final Map<String, JsonValue> members;

    ObjectValue(Map<String, JsonValue> members) {
      this.members = Collections.unmodifiableMap(members);
    }

    @Override
    public Set<Entry<String, JsonValue>> entrySet() {
      return members.entrySet();
    }

    @Override
    public JsonValue get(Object name) {
      return members.get(name);
    }

    @Override
    public JsonArray getJsonArray(String name) {
      return (JsonArray) get(name);
    }

    @Override
    public JsonObject getJsonObject(String name) {
      return (JsonObject) get(name);
    }

    @Override
    public JsonNumber getJsonNumber(String name) {
      return (JsonNumber) get(name);
    }

    @Override
    public JsonString getJsonString(String name) {
      return (JsonString) get(name);
    }

    @Override
    public String getString(String name) {
      return getJsonString(name).getString();
    }

    @Override
    public String getString(String name, String defaultValue) {
      return get(name) instanceof JsonString value ? value.getString() : defaultValue;
    }

    @Override
    public int getInt(String name) {
      return getJsonNumber(name).intValue();
    }

    @Override
    public int getInt(String name, int defaultValue) {
      return get(name) instanceof JsonNumber value ? value.intValue() : defaultValue;
    }

    @Override
    public boolean getBoolean(String name) {
      JsonValue value = get(name);
      if (value == null) {
        throw new NullPointerException("no member " + name);
      }
      if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
        return value == JsonValue.TRUE;
      }
      throw new ClassCastException(name + " is not a boolean");
    }

    @Override
    public boolean getBoolean(String name, boolean defaultValue) {
      JsonValue value = get(name);
      return value == JsonValue.TRUE || (value != JsonValue.FALSE && defaultValue);
    }

    @Override
    public boolean isNull(String name) {
      return get(name).getValueType() == ValueType.NULL;
    }

    @Override
    public ValueType getValueType() {
      return ValueType.OBJECT;
    }
  }

  /** A JSON array. */
  private static final class ArrayValue extends AbstractList<JsonValue> implements JsonArray {

    private final List<JsonValue> items;

    ArrayValue(List<JsonValue> items) {
      this.items = Collections.unmodifiableList(items);
    }

    @Override
    public JsonValue get(int index) {
      return items.get(index);
    }

    @Override
    public int size() {
      return items.size();
    }

    @Override
    public JsonObject getJsonObject(int index) {
      return (JsonObject) get(index);
    }

    @Override
    public JsonArray getJsonArray(int index) {
      return (JsonArray) get(index);
    }

    @Override
    public JsonNumber getJsonNumber(int index) {
      return (JsonNumber) get(index);
    }

    @Override
    public JsonString getJsonString(int index) {
      return (JsonString) get(index);
    }

    @Override
    public <T extends JsonValue> List<T> getValuesAs(Class<T> type) {
      List<T> values = new ArrayList<>();
      for (JsonValue item : items) {
        values.add(type.cast(item));
      }
      return values;
    }

    @Override
    public String getString(int index) {
      return getJsonString(index).getString();
    }

    @Override
    public String getString(int index, String defaultValue) {
      return index < size() && get(index) instanceof JsonString value
          ? value.getString()
          : defaultValue;
    }

    @Override
    public int getInt(int index) {
      return getJsonNumber(index).intValue();
    }

    @Override
    public int getInt(int index, int defaultValue) {
      return index < size() && get(index) instanceof JsonNumber value
          ? value.intValue()
          : defaultValue;
    }

    @Override
    public boolean getBoolean(int index) {
      JsonValue value = get(index);
      if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
        return value == JsonValue.TRUE;
      }
      throw new ClassCastException("item " + index + " is not a boolean");
    }

    @Override
    public boolean getBoolean(int index, boolean defaultValue) {
      if (index >= size()) {
        return defaultValue;
      }
      JsonValue value = get(index);
      return value == JsonValue.TRUE || (value != JsonValue.FALSE && defaultValue);
    }

    @Override
    public boolean isNull(int index) {
      return get(index).getValueType() == ValueType.NULL;
    }

    @Override
    public ValueType getValueType() {
      return ValueType.ARRAY;
    }
  }
}
