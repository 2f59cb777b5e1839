package org.alliancecare.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.alliancecare.testing.RunningApplication;
import org.junit.jupiter.api.Test;

/**
 * Bodies too large for the application are refused by the application itself, with its problem
 * document and its headers, at any size and on any path: the HTTP listener used to answer bodies
 * over 2 MiB with its own HTML page (saying "HTTP Status 500") without them.
 */
class RequestLimitsIT {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private final RunningApplication app = RunningApplication.shared();

  @Test
  void an_api_body_of_three_megabytes_is_a_413_problem_of_the_application() throws Exception {
    HttpResponse<String> response =
        send(
            HttpRequest.newBuilder(app.uri("/api/patients"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(jsonOf(3 * 1024 * 1024))));
    assertRefusedByTheApplication(response, 413, "payload-too-large");
  }

  @Test
  void a_page_form_over_one_mebibyte_is_a_413_of_the_application() throws Exception {
    HttpResponse<String> response =
        send(
            HttpRequest.newBuilder(app.uri("/signin.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("q=" + "x".repeat(3 * 1024 * 1024))));
    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    assertThat(response.headers().firstValue("Content-Security-Policy")).isPresent();
    assertThat(response.body()).doesNotContain("Payara").doesNotContain("HTTP Status 500");
  }

  @Test
  void a_page_form_sent_without_a_length_is_a_411_of_the_application() throws Exception {
    HttpResponse<String> response =
        postWithoutLength(
            "/signin.xhtml", "application/x-www-form-urlencoded", "username=a&password=b");
    assertThat(response.statusCode()).isEqualTo(411);
    assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    assertThat(response.headers().firstValue("Content-Security-Policy")).isPresent();
  }

  @Test
  void a_small_chunked_api_body_is_still_read() throws Exception {
    HttpResponse<String> response =
        postWithoutLength(
            "/api/session",
            "application/json",
            "{\"username\": \"nobody.here\", \"password\": \"Not-the-password-1\"}");
    assertThat(response.statusCode()).isEqualTo(401);
  }

  /** A POST whose body is streamed without a Content-Length (chunked, or HTTP/2 without one). */
  private HttpResponse<String> postWithoutLength(String path, String contentType, String body)
      throws Exception {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    return send(
        HttpRequest.newBuilder(app.uri(path))
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes))));
  }

  private static String jsonOf(int size) {
    return "{\"familyName\": \"" + "阿".repeat(size / 3) + "\"}";
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static void assertRefusedByTheApplication(
      HttpResponse<String> response, int status, String type) {
    assertThat(response.statusCode()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
    assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    assertThat(response.headers().firstValue("Cache-Control")).contains("no-store");
    assertThat(response.body()).contains("\"type\":\"" + type + "\"");
  }
}
