package org.alliancecare.reliability;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * HTTP/1.1 to the application with full control of method, headers and body bytes, as the hostile
 * requests need; every answer passes through {@link Traffic} for the checks that hold for all
 * responses (headers, no stack traces, no unmasked identity numbers).
 */
final class Http {

  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  private final URI base;
  private final String token;
  private final Map<String, String> headers;
  private final Duration timeout;

  Http(URI base) {
    this(base, null, Map.of(), Duration.ofSeconds(60));
  }

  private Http(URI base, String token, Map<String, String> headers, Duration timeout) {
    this.base = base;
    this.token = token;
    this.headers = Map.copyOf(headers);
    this.timeout = timeout;
  }

  Http as(String bearerToken) {
    return new Http(base, bearerToken, headers, timeout);
  }

  Http with(String name, String value) {
    Map<String, String> more = new LinkedHashMap<>(headers);
    more.put(name, value);
    return new Http(base, token, more, timeout);
  }

  Http ifMatch(int version) {
    return with("If-Match", "\"" + version + "\"");
  }

  Http key(String idempotencyKey) {
    return with("Idempotency-Key", idempotencyKey);
  }

  Http timeout(Duration limit) {
    return new Http(base, token, headers, limit);
  }

  String token() {
    return token;
  }

  Answer get(String path) {
    return send("GET", path, null, null);
  }

  Answer post(String path, String json) {
    return send("POST", path, json == null ? null : utf8(json), "application/json");
  }

  Answer put(String path, String json) {
    return send("PUT", path, utf8(json), "application/json");
  }

  Answer delete(String path) {
    return send("DELETE", path, null, null);
  }

  /** Any method, any body bytes (or none), any content type (or none). */
  Answer send(String method, String path, byte[] body, String contentType) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(path))
            .timeout(timeout)
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(body));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    request.header("Accept", "application/json, application/problem+json");
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    headers.forEach(request::header);
    try {
      HttpResponse<String> response =
          CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      Answer answer = new Answer(response.statusCode(), response.body(), response.headers());
      Traffic.inspect(method, path, answer);
      return answer;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** What the application answered. */
  record Answer(int status, String body, HttpHeaders headers) {

    Optional<String> header(String name) {
      return headers.firstValue(name);
    }

    JsonObject json() {
      try (JsonReader reader = Json.createReader(new StringReader(body))) {
        return reader.readObject();
      }
    }

    String id() {
      return json().getString("id");
    }

    int version() {
      return json().getInt("version");
    }

    boolean ok() {
      return status >= 200 && status < 300;
    }

    @Override
    public String toString() {
      return status + " " + (body.length() > 600 ? body.substring(0, 600) + "…" : body);
    }
  }
}
