package org.alliancecare.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A small HTTP client for tests that speak to the application as any client would: JSON bodies, an
 * optional bearer token, and any extra headers.
 */
public final class Api {

  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private final URI base;
  private final String token;
  private final Map<String, String> headers;

  Api(URI base) {
    this(base, null, Map.of());
  }

  /** A client for the application at this base address (ending in {@code /}). */
  public static Api at(URI base) {
    return new Api(base);
  }

  private Api(URI base, String token, Map<String, String> headers) {
    this.base = base;
    this.token = token;
    this.headers = Map.copyOf(headers);
  }

  /** The same client, sending {@code Authorization: Bearer token}. */
  public Api as(String bearerToken) {
    return new Api(base, bearerToken, headers);
  }

  /** The same client, sending one more header with every request. */
  public Api withHeader(String name, String value) {
    Map<String, String> more = new LinkedHashMap<>(headers);
    more.put(name, value);
    return new Api(base, token, more);
  }

  public ApiResponse get(String path) {
    return send("GET", path, null, "application/json");
  }

  public ApiResponse post(String path, String json) {
    return send("POST", path, json, "application/json");
  }

  public ApiResponse put(String path, String json) {
    return send("PUT", path, json, "application/json");
  }

  public ApiResponse patch(String path, String json) {
    return send("PATCH", path, json, "application/json");
  }

  public ApiResponse delete(String path) {
    return send("DELETE", path, null, "application/json");
  }

  /** Any method, any body, any content type. */
  public ApiResponse send(String method, String path, String body, String contentType) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(path))
            .timeout(Duration.ofSeconds(60))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (body != null && contentType != null) {
      request.header("Content-Type", contentType);
    }
    request.header("Accept", "application/json, application/problem+json, */*");
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    headers.forEach(request::header);
    try {
      return new ApiResponse(CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
