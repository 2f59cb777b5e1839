package org.alliancecare.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.alliancecare.launcher.Endpoints.Endpoint;
import org.alliancecare.launcher.Endpoints.Outcome;
import org.alliancecare.launcher.Endpoints.Who;
import org.alliancecare.testing.Api;
import org.alliancecare.testing.ApiResponse;
import org.alliancecare.testing.DemoAccounts;
import org.alliancecare.testing.RunningApplication;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every {@code /api} endpoint called by every kind of caller, against the packaged application, as
 * {@link Endpoints} says: 2xx, 401, 403, or 404 for a record outside the caller's scope. The table
 * must list every operation that {@code /openapi} documents, so an endpoint cannot be added without
 * deciding who may call it.
 */
class AuthorisationMatrixIT {

  private static RunningApplication app;
  private static final Map<Who, Api> callers = new EnumMap<>(Who.class);
  private static MatrixFixture fixture;

  @BeforeAll
  static void signIn() {
    app = RunningApplication.shared();
    fixture = new MatrixFixture(app.api());
    callers.put(Who.ANONYMOUS, app.api());
    for (Who who : Who.values()) {
      if (who == Who.ADMIN) {
        callers.put(
            who, DemoAccounts.signIn(app.api(), "admin", RunningApplication.ADMIN_PASSWORD));
      } else if (who != Who.ANONYMOUS) {
        callers.put(who, DemoAccounts.signIn(app.api(), who.username));
      }
    }
  }

  @TestFactory
  Stream<DynamicTest> every_endpoint_answers_every_caller_as_the_table_says() {
    return Endpoints.ALL.stream()
        .flatMap(
            endpoint ->
                Arrays.stream(Who.values())
                    .map(
                        who ->
                            dynamicTest(
                                endpoint.method()
                                    + " "
                                    + endpoint.path()
                                    + " as "
                                    + who
                                    + " → "
                                    + endpoint.expected().get(who),
                                () -> check(endpoint, who))));
  }

  private static void check(Endpoint endpoint, Who who) {
    Outcome expected = endpoint.expected().get(who);
    ApiResponse response = endpoint.call().send(callers.get(who), who, fixture);
    assertThat(expected.matches(response.status()))
        .as(
            "%s %s as %s: expected %s, got %s",
            endpoint.method(), endpoint.path(), who, expected, response)
        .isTrue();
    switch (expected) {
      case UNAUTHENTICATED -> assertProblem(response, "unauthenticated");
      case FORBIDDEN -> assertProblem(response, "forbidden");
      case NOT_FOUND -> assertProblem(response, "not-found");
      default -> {}
    }
  }

  private static void assertProblem(ApiResponse response, String type) {
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.json().getString("type")).isEqualTo(type);
  }

  @Test
  void every_api_operation_that_openapi_documents_has_a_row() throws Exception {
    Set<String> missing = new TreeSet<>(documentedOperations());
    missing.removeAll(tableOperations());
    assertThat(missing)
        .as("operations of /openapi without a row in Endpoints: add one for each")
        .isEmpty();
  }

  @Test
  void every_row_is_an_operation_that_openapi_documents() throws Exception {
    Set<String> stale = new TreeSet<>(tableOperations());
    stale.removeAll(documentedOperations());
    assertThat(stale).as("rows of Endpoints that /openapi does not document").isEmpty();
  }

  @Test
  void every_row_is_listed_once() {
    assertThat(Endpoints.ALL.stream().map(Endpoint::operation).distinct().count())
        .isEqualTo(Endpoints.ALL.size());
  }

  private static Set<String> tableOperations() {
    return Endpoints.ALL.stream().map(Endpoint::operation).collect(Collectors.toSet());
  }

  /** The operations below {@code /api} in the OpenAPI document, as {@code GET /api/x/{}}. */
  private static Set<String> documentedOperations() throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(app.uri("/openapi"))
                    .header("Accept", "application/json")
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as("GET /openapi: %s", response.body()).isEqualTo(200);
    JsonObject document;
    try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
      document = reader.readObject();
    }
    Set<String> operations = new TreeSet<>();
    JsonObject paths = document.getJsonObject("paths");
    for (String path : paths.keySet()) {
      if (!path.startsWith("/api/")) {
        continue;
      }
      for (String method : paths.getJsonObject(path).keySet()) {
        if (Set.of("get", "put", "post", "delete", "patch", "head", "options").contains(method)) {
          operations.add(Endpoint.operation(method, path));
        }
      }
    }
    assertThat(operations).as("/openapi documents the API").contains("GET /api/version");
    return operations;
  }
}
