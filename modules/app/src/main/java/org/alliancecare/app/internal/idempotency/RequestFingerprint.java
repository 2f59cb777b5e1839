package org.alliancecare.app.internal.idempotency;

import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.alliancecare.kernel.JsonStrings;

/**
 * What a request under an {@code Idempotency-Key} is compared by: the same key with the same body
 * answers the first response again, with another body 422 (API.md). "The same body" is the same
 * JSON value — members in any order, any whitespace, a member sent as {@code null} or left out,
 * {@code 5} or {@code 5.0} — so the fingerprint is SHA-256 over the method, the path with its query
 * and the body's canonical JSON (keys sorted, null members left out, numbers without trailing
 * zeros), made from the bytes the request sent. It used to be made by writing the bound parameters
 * back to JSON with JSON-B, which cost more than the hash (JFR); fingerprints stored that way have
 * no prefix and are still honoured: a key stored before is compared by that older form, made only
 * then.
 */
final class RequestFingerprint {

  /** Marks a fingerprint made from the body's canonical JSON. */
  static final String BODY_FORM = "json:";

  private static final JsonProvider JSON = JsonProvider.provider();

  private final String value;
  private final Supplier<String> boundForm;

  private RequestFingerprint(String value, Supplier<String> boundForm) {
    this.value = value;
    this.boundForm = boundForm;
  }

  /**
   * The fingerprint of a request whose JSON body was read as {@code body} (null when there was
   * none, or it did not parse); {@code boundForm} makes the older form from the bound parameters.
   */
  static RequestFingerprint of(
      String method, String target, byte[] body, Supplier<String> boundForm) {
    if (body != null) {
      String canonical = canonical(body);
      if (canonical != null) {
        return new RequestFingerprint(
            BODY_FORM + sha256(method + ' ' + target + '\n' + canonical), boundForm);
      }
    }
    return new RequestFingerprint(boundForm.get(), boundForm);
  }

  /** The text stored with the key. */
  String value() {
    return value;
  }

  /** Whether a stored fingerprint is this request's, in whichever form it was stored. */
  boolean matches(String stored) {
    if (stored.equals(value)) {
      return true;
    }
    return !stored.startsWith(BODY_FORM)
        && value.startsWith(BODY_FORM)
        && stored.equals(boundForm.get());
  }

  static String sha256(String text) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha256.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  /** The body's canonical JSON, or null when it is not JSON. */
  static String canonical(byte[] body) {
    try (JsonReader reader = JSON.createReader(new ByteArrayInputStream(body))) {
      StringBuilder out = new StringBuilder(body.length);
      write(reader.readValue(), out);
      return out.toString();
    } catch (JsonException
        | IllegalStateException
        | ArithmeticException
        | NumberFormatException e) {
      // not JSON, or a number beyond the JSON provider's limits: the bound form answers for it
      return null;
    }
  }

  private static void write(JsonValue value, StringBuilder out) {
    switch (value.getValueType()) {
      case OBJECT -> {
        List<Map.Entry<String, JsonValue>> members =
            new ArrayList<>(((JsonObject) value).entrySet());
        members.sort(Map.Entry.comparingByKey());
        out.append('{');
        boolean first = true;
        for (Map.Entry<String, JsonValue> member : members) {
          if (member.getValue().getValueType() == JsonValue.ValueType.NULL) {
            continue;
          }
          if (!first) {
            out.append(',');
          }
          first = false;
          JsonStrings.quote(member.getKey(), out);
          out.append(':');
          write(member.getValue(), out);
        }
        out.append('}');
      }
      case ARRAY -> {
        out.append('[');
        JsonArray array = (JsonArray) value;
        for (int i = 0; i < array.size(); i++) {
          if (i > 0) {
            out.append(',');
          }
          write(array.get(i), out);
        }
        out.append(']');
      }
      case STRING -> JsonStrings.quote(((JsonString) value).getString(), out);
      case NUMBER -> out.append(((JsonNumber) value).bigDecimalValue().stripTrailingZeros());
      case TRUE -> out.append("true");
      case FALSE -> out.append("false");
      case NULL -> out.append("null");
    }
  }
}
