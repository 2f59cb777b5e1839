package org.alliancecare.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/**
 * A small JSON client of the running application, signed in as one account. Each client of a load
 * run has its own, so that each keeps its own connection.
 */
final class Http {

  /** A response: status and body text. */
  record Answer(int status, String body) {
    JsonObject json() {
      try (JsonReader reader = Json.createReader(new StringReader(body))) {
        return reader.readObject();
      }
    }

    JsonStructure structure() {
      try (JsonReader reader = Json.createReader(new StringReader(body))) {
        return reader.read();
      }
    }

    Answer expect(int expected, String what) {
      if (status != expected) {
        throw new IllegalStateException(
            what + " answered " + status + " instead of " + expected + ": " + abbreviated());
      }
      return this;
    }

    String abbreviated() {
      return body.length() > 600 ? body.substring(0, 600) + "…" : body;
    }
  }

  private final HttpClient client;
  private final URI base;
  private final String token;

  private Http(HttpClient client, URI base, String token) {
    this.client = client;
    this.base = base;
    this.token = token;
  }

  static Http anonymous(URI base) {
    return new Http(newClient(), base, null);
  }

  /** Signs in with {@code POST /api/session} and answers a client sending the token. */
  static Http signedIn(URI base, String username, String password) throws IOException {
    Http anonymous = anonymous(base);
    Answer session =
        anonymous
            .post(
                "/api/session",
                Json.createObjectBuilder()
                    .add("username", username)
                    .add("password", password)
                    .build(),
                Map.of())
            .expect(200, "sign-in of " + username);
    return new Http(anonymous.client, base, session.json().getString("token"));
  }

  /** The bearer token of the signed-in account. */
  String token() {
    return token;
  }

  private static HttpClient newClient() {
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5))
        .build();
  }

  Answer get(String path) throws IOException {
    return send(request(path).GET().build());
  }

  Answer get(String path, String accept) throws IOException {
    return send(request(path).setHeader("Accept", accept).GET().build());
  }

  Answer post(String path, JsonValue body, Map<String, String> headers) throws IOException {
    HttpRequest.Builder request =
        request(path)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
    headers.forEach(request::header);
    return send(request.build());
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(120));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return request.setHeader("Accept", "application/json");
  }

  private Answer send(HttpRequest request) throws IOException {
    try {
      HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
      return new Answer(response.statusCode(), response.body());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }
}
