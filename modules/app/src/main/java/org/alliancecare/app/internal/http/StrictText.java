package org.alliancecare.app.internal.http;

import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import java.lang.reflect.Type;

/**
 * Text fields bound only from JSON strings: JSON-B would otherwise turn {@code "name": 1e-400} or
 * {@code "streamType": 42} into the text {@code "1e-400"} and store it, although the client sent a
 * number where text belongs — a wrong type that the API answers with 400 naming the field.
 */
final class StrictText implements JsonbDeserializer<String> {

  @Override
  public String deserialize(JsonParser parser, DeserializationContext context, Type type) {
    JsonValue value = parser.getValue();
    return switch (value.getValueType()) {
      case STRING -> ((JsonString) value).getString();
      case NULL -> null;
      default -> throw new JsonbException("Text expected, not " + value.getValueType());
    };
  }
}
