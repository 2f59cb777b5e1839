package org.alliancecare.app.internal.http;

import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import java.lang.reflect.Type;
import java.math.BigDecimal;

/**
 * Whole numbers bound exactly: JSON-B would otherwise cut {@code 99999999999} to an {@code int}
 * without a word, or drop the fraction of {@code 1.5}. A number that does not fit is a 400 naming
 * the field. Request records use the boxed types ({@code Integer}, {@code Long}), which these
 * cover.
 */
final class ExactNumbers {

  private ExactNumbers() {}

  /**
   * The number the parser stands on. (Yasson's parser does not implement {@code currentEvent()};
   * {@code getBigDecimal()} itself refuses a value that is not a number.)
   */
  private static BigDecimal number(JsonParser parser) {
    try {
      return parser.getBigDecimal();
    } catch (RuntimeException notANumber) {
      if (isNull(parser, notANumber)) {
        return null;
      }
      throw new JsonbException("A number is expected here");
    }
  }

  private static boolean isNull(JsonParser parser, RuntimeException notANumber) {
    try {
      return parser.getValue().getValueType() == JsonValue.ValueType.NULL;
    } catch (RuntimeException noValue) {
      return String.valueOf(notANumber.getMessage()).contains("NULL");
    }
  }

  /** {@code Integer}: between -2^31 and 2^31-1, no fraction. */
  static final class Integers implements JsonbDeserializer<Integer> {
    @Override
    public Integer deserialize(JsonParser parser, DeserializationContext context, Type type) {
      BigDecimal value = number(parser);
      if (value == null) {
        return null;
      }
      try {
        return value.intValueExact();
      } catch (ArithmeticException e) {
        throw new JsonbException("Number out of range for a whole number");
      }
    }
  }

  /** {@code Long}: between -2^63 and 2^63-1, no fraction. */
  static final class Longs implements JsonbDeserializer<Long> {
    @Override
    public Long deserialize(JsonParser parser, DeserializationContext context, Type type) {
      BigDecimal value = number(parser);
      if (value == null) {
        return null;
      }
      try {
        return value.longValueExact();
      } catch (ArithmeticException e) {
        throw new JsonbException("Number out of range for a whole number");
      }
    }
  }
}
