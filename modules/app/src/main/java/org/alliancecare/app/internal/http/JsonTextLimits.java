package org.alliancecare.app.internal.http;

import jakarta.json.JsonException;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.alliancecare.kernel.InvalidInput;

/**
 * Refuses JSON text that PostgreSQL cannot store as it was sent: the NUL character ({@code \u0000},
 * which a text column refuses, so the request failed with 500) and unpaired UTF-16 surrogates
 * ({@code \ud800} alone, which the driver silently stored as {@code ?}). Both can only be written
 * in JSON as escapes; no person's name, note or reason contains them. Each such string is named as
 * a bad field (400); JSON that does not parse is left to the JSON binding, which answers for it.
 */
@Provider
public class JsonTextLimits implements ReaderInterceptor {

  /** Looked up once: {@code Json.create…} looks the provider up again on every call. */
  private static final JsonProvider JSON = JsonProvider.provider();

  static final int MAX_DEPTH = 64;

  /**
   * The request property (a servlet request attribute) holding the JSON body as it was read, for
   * the idempotency key's fingerprint, which is made from these bytes instead of the bound objects.
   */
  public static final String BODY = JsonTextLimits.class.getName() + ".body";

  static final String MESSAGE =
      "contains a NUL character or an unpaired surrogate (\\u0000, \\ud800…), which cannot be"
          + " stored";

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    MediaType type = context.getMediaType();
    if (type == null || !isJson(type)) {
      return context.proceed();
    }
    byte[] body = context.getInputStream().readAllBytes();
    List<String> fields = plainlyWithinLimits(body) ? List.of() : unstorableFields(body);
    if (!fields.isEmpty()) {
      throw new InvalidInput(
          fields.stream().map(f -> InvalidInput.FieldError.of(f, "unstorable-character")).toList());
    }
    context.setInputStream(new ByteArrayInputStream(body));
    context.setProperty(BODY, body);
    return context.proceed();
  }

  private static boolean isJson(MediaType type) {
    return type.getSubtype().equalsIgnoreCase("json") || type.getSubtype().endsWith("+json");
  }

  /**
   * Whether one pass over the bytes shows that no limit can be broken, so the body need not be
   * parsed here (the JSON binding parses it once). A NUL or a lone surrogate can only arrive as a
   * backslash-u escape (or as bytes that are not JSON or not UTF-8: a raw NUL, or the lead byte
   * {@code 0xED} of UTF-8's surrogate range); nesting cannot pass {@link #MAX_DEPTH} with fewer
   * opening brackets than that. A body with any of these is parsed by {@link #unstorableFields},
   * which gives the same answers as before.
   */
  static boolean plainlyWithinLimits(byte[] json) {
    int openings = 0;
    for (int i = 0; i < json.length; i++) {
      byte b = json[i];
      if (b == '{' || b == '[') {
        if (++openings >= MAX_DEPTH) {
          return false;
        }
      } else if (b == '\\') {
        if (i + 1 < json.length && json[i + 1] == 'u') {
          return false;
        }
        i++; // an escaped character (\\, \", \n…) is never the start of another escape
      } else if (b == 0 || b == (byte) 0xED) {
        return false;
      }
    }
    return true;
  }

  /** The dotted paths of the names and strings that cannot be stored; empty when all can be. */
  static List<String> unstorableFields(byte[] json) {
    List<String> fields = new ArrayList<>();
    Deque<Object> path = new ArrayDeque<>();
    try (JsonParser parser = JSON.createParser(new ByteArrayInputStream(json))) {
      while (parser.hasNext()) {
        JsonParser.Event event = parser.next();
        switch (event) {
          case START_OBJECT, START_ARRAY -> {
            if (path.size() >= MAX_DEPTH) {
              throw InvalidInput.of(dotted(path), "nested-deeper-than", MAX_DEPTH);
            }
            path.push(event == JsonParser.Event.START_ARRAY ? Integer.valueOf(0) : "");
            continue;
          }
          case END_OBJECT, END_ARRAY -> {
            path.pop();
            advance(path);
            continue;
          }
          case KEY_NAME -> {
            String name = parser.getString();
            path.pop();
            path.push(name);
            if (!storable(name) && fields.size() < 20) {
              fields.add(dotted(path));
            }
            continue;
          }
          case VALUE_STRING -> {
            if (!storable(parser.getString()) && fields.size() < 20) {
              fields.add(dotted(path));
            }
          }
          default -> {
            // numbers, booleans and null are always storable
          }
        }
        advance(path);
      }
    } catch (JsonParsingException | IllegalStateException | java.util.NoSuchElementException e) {
      // not JSON, or not well-formed: the JSON binding refuses it with its own answer
      return List.of();
    } catch (JsonException e) {
      return List.of();
    }
    return fields;
  }

  private static void advance(Deque<Object> path) {
    if (!path.isEmpty() && path.peek() instanceof Integer index) {
      path.pop();
      path.push(index + 1);
    }
  }

  private static String dotted(Deque<Object> path) {
    StringBuilder out = new StringBuilder();
    List<Object> fromRoot = new ArrayList<>(path);
    java.util.Collections.reverse(fromRoot);
    for (Object step : fromRoot) {
      if (step instanceof Integer index) {
        out.append('[').append(index).append(']');
      } else if (!step.toString().isEmpty()) {
        out.append(out.isEmpty() ? "" : ".").append(step);
      }
    }
    return out.isEmpty() ? "body" : out.toString();
  }

  static boolean storable(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\u0000') {
        return false;
      }
      if (Character.isHighSurrogate(c)) {
        if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
          return false;
        }
        i++;
      } else if (Character.isLowSurrogate(c)) {
        return false;
      }
    }
    return true;
  }
}
