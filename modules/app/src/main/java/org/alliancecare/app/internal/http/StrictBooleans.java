package org.alliancecare.app.internal.http;

import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import java.lang.reflect.Type;

/**
 * Yes/no fields bound only from JSON {@code true} and {@code false}: JSON-B would otherwise read
 * {@code "acknowledgeDuplicates": 2} (or a 30-digit number, or {@code "yes"}) as a decision the
 * client never sent — a wrong type that the API answers with 400 naming the field.
 */
final class StrictBooleans implements JsonbDeserializer<Boolean> {

  @Override
  public Boolean deserialize(JsonParser parser, DeserializationContext context, Type type) {
    JsonValue value = parser.getValue();
    return switch (value.getValueType()) {
      case TRUE -> Boolean.TRUE;
      case FALSE -> Boolean.FALSE;
      case NULL -> null;
      default -> throw new JsonbException("true or false expected, not " + value.getValueType());
    };
  }
}
