package org.alliancecare.audit.internal.domain;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.alliancecare.kernel.JsonStrings;

/**
 * One way to write JSON, so that the same value always gives the same text: object members sorted
 * by name (UTF-16 order, as {@code String.compareTo}), no whitespace, strings escaped minimally
 * (the quote, the backslash and control characters only), numbers as the parser read them. Instants
 * are written in UTC with exactly six fraction digits, the precision PostgreSQL keeps.
 */
public final class CanonicalJson {

  private static final DateTimeFormatter INSTANT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

  private CanonicalJson() {}

  public static String of(JsonValue value) {
    StringBuilder out = new StringBuilder();
    write(value, out);
    return out.toString();
  }

  /** An instant cut to microseconds, the precision in which it is stored and hashed. */
  public static Instant micros(Instant instant) {
    return instant.truncatedTo(ChronoUnit.MICROS);
  }

  /** The canonical text of an instant (without quotes): UTC, six fraction digits. */
  public static String instant(Instant instant) {
    return INSTANT.format(micros(instant));
  }

  /** A JSON string literal, quotes included; {@code null} is the literal {@code null}. */
  public static String string(String text) {
    if (text == null) {
      return "null";
    }
    StringBuilder out = new StringBuilder(text.length() + 2);
    JsonStrings.quote(text, out);
    return out.toString();
  }

  private static void write(JsonValue value, StringBuilder out) {
    switch (value.getValueType()) {
      case OBJECT -> {
        JsonObject object = value.asJsonObject();
        List<String> names = new ArrayList<>(object.keySet());
        names.sort(String::compareTo);
        out.append('{');
        for (int i = 0; i < names.size(); i++) {
          if (i > 0) {
            out.append(',');
          }
          JsonStrings.quote(names.get(i), out);
          out.append(':');
          write(object.get(names.get(i)), out);
        }
        out.append('}');
      }
      case ARRAY -> {
        JsonArray array = value.asJsonArray();
        out.append('[');
        for (int i = 0; i < array.size(); i++) {
          if (i > 0) {
            out.append(',');
          }
          write(array.get(i), out);
        }
        out.append(']');
      }
      case STRING -> JsonStrings.quote(((JsonString) value).getString(), out);
      case NUMBER -> out.append(((JsonNumber) value).bigDecimalValue().toString());
      case TRUE -> out.append("true");
      case FALSE -> out.append("false");
      case NULL -> out.append("null");
    }
  }
}
