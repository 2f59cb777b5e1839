package org.alliancecare.app.internal.http;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParsingException;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Where in a JSON request body a value sits, as the field paths that errors name. */
final class RequestFields {

  /** Looked up once: {@code Json.create…} looks the provider up again on every call. */
  private static final JsonProvider JSON = JsonProvider.provider();

  private RequestFields() {}

  /**
   * The paths (e.g. {@code roles[0]}, {@code source.kind}) of every string equal to {@code value}.
   */
  static List<String> holding(byte[] body, String value) {
    List<String> paths = new ArrayList<>();
    if (body == null || body.length == 0) {
      return paths;
    }
    try (JsonReader reader = JSON.createReader(new ByteArrayInputStream(body))) {
      collect(reader.readValue(), "", value, paths);
    } catch (JsonParsingException | IllegalStateException e) {
      return List.of();
    }
    return paths;
  }

  private static void collect(JsonValue json, String path, String value, List<String> paths) {
    switch (json.getValueType()) {
      case STRING -> {
        if (((JsonString) json).getString().equals(value) && !path.isEmpty()) {
          paths.add(path);
        }
      }
      case OBJECT -> {
        for (Map.Entry<String, JsonValue> member : ((JsonObject) json).entrySet()) {
          collect(
              member.getValue(),
              path.isEmpty() ? member.getKey() : path + "." + member.getKey(),
              value,
              paths);
        }
      }
      case ARRAY -> {
        JsonArray array = (JsonArray) json;
        for (int i = 0; i < array.size(); i++) {
          collect(array.get(i), path + "[" + i + "]", value, paths);
        }
      }
      default -> {}
    }
  }
}
