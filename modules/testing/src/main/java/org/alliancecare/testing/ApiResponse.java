package org.alliancecare.testing;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.Optional;

/** What the application answered: status, headers and body, with the body readable as JSON. */
public record ApiResponse(int status, String body, HttpResponse<String> raw) {

  ApiResponse(HttpResponse<String> raw) {
    this(raw.statusCode(), raw.body(), raw);
  }

  public Optional<String> header(String name) {
    return raw.headers().firstValue(name);
  }

  public String contentType() {
    return header("Content-Type").orElse("");
  }

  public JsonStructure jsonValue() {
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      return reader.read();
    }
  }

  public JsonObject json() {
    return jsonValue().asJsonObject();
  }

  @Override
  public String toString() {
    return status + " " + contentType() + " " + body;
  }
}
