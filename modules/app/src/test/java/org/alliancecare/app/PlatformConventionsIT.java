package org.alliancecare.app;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.File;
import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.alliancecare.app.internal.http.ContainerRefusalProbe;
import org.alliancecare.app.internal.rest.ConventionProbe;
import org.alliancecare.app.internal.rest.RoleCheckProbe;
import org.alliancecare.testing.Api;
import org.alliancecare.testing.ApiResponse;
import org.alliancecare.testing.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The packaged WAR deployed on Payara Micro by Arquillian, over a real PostgreSQL: the HTTP
 * conventions of API.md as every module gets them, exercised through a probe resource added to the
 * deployment, and the idempotency keys it writes to and reads from the database.
 */
@ExtendWith({DeployedDatabase.class, ArquillianExtension.class})
@RunAsClient
class PlatformConventionsIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ShrinkWrap.create(ZipImporter.class, "alliancecare.war")
        .importFrom(new File(System.getProperty("alliancecare.war")))
        .as(WebArchive.class)
        .addClasses(ConventionProbe.class, ContainerRefusalProbe.class, RoleCheckProbe.class)
        .addClasses(RoleCheckProbe.class.getDeclaredClasses())
        .addClasses(ConventionProbe.class.getDeclaredClasses());
  }

  @ArquillianResource URL base;

  private Api api() throws Exception {
    return Api.at(base.toURI());
  }

  @Test
  void version_names_the_application_and_its_postgresql() throws Exception {
    ApiResponse version = api().get("api/version");
    assertThat(version.status()).isEqualTo(200);
    assertThat(version.json().getString("name")).isEqualTo("AllianceCare");
    assertThat(version.json().getJsonObject("database").getString("product"))
        .isEqualTo("PostgreSQL");
  }

  @Test
  void wrong_method_is_a_405_problem_with_allow() throws Exception {
    ApiResponse response = api().post("api/version", "{}");
    assertProblem(response, 405, "method-not-allowed");
    assertThat(response.header("Allow").orElse("")).contains("GET");
  }

  /**
   * A 403 of the container on an API path (which no security constraint covers, and whose own
   * refusals JAX-RS answers) is the container failing to settle the request, not a refusal: 503
   * with {@code Retry-After}, so that a client sends it again.
   */
  @Test
  void a_403_of_the_container_on_an_api_path_is_a_503_to_retry() throws Exception {
    ApiResponse response = api().get("api/probe-container-refusal");
    assertProblem(response, 503, "service-unavailable");
    assertThat(response.header("Retry-After")).contains("5");
  }

  /**
   * The caller's roles are decided once, by the application's RoleEnforcement on the caller that
   * the bearer-token mechanism authenticated: a doctor for the application whom the container does
   * not know is admitted to a doctors' resource (Payara's own JAX-RS role filter, which asks the
   * container, is off in payara-web.xml; with it this request was refused 401/403).
   */
  @Test
  void the_application_alone_checks_the_callers_roles() throws Exception {
    ApiResponse response = api().withHeader("X-Probe-Doctor", "yes").get("api/probe-roles");
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    assertThat(response.json().getBoolean("admitted")).isTrue();
    assertThat(api().get("api/probe-roles").status())
        .as("without the probe's caller: nobody signed in")
        .isEqualTo(401);
  }

  @Test
  void unknown_path_is_a_404_problem() throws Exception {
    assertProblem(api().get("api/no-such-thing"), 404, "not-found");
  }

  @Test
  void malformed_json_is_a_400_problem() throws Exception {
    ApiResponse response = key(api()).post("api/probe", "{\"name\": \"x\", ");
    assertProblem(response, 400, "invalid-input");
    assertThat(response.body()).doesNotContain("Exception").doesNotContain("org.");
  }

  @Test
  void unknown_field_is_a_400_problem_naming_it() throws Exception {
    ApiResponse response =
        key(api()).post("api/probe", "{\"name\": \"x\", \"capacity\": 3, \"colour\": \"red\"}");
    assertProblem(response, 400, "invalid-input");
    assertThat(fields(response)).containsExactly("colour");
  }

  @Test
  void unknown_field_message_says_it_is_not_a_field() throws Exception {
    ApiResponse response =
        key(api()).post("api/probe", "{\"name\": \"x\", \"capacity\": 3, \"colour\": 1}");
    assertThat(response.json().getJsonArray("errors").getJsonObject(0).getString("message"))
        .isEqualTo("is not a field of this request");
  }

  @Test
  void unknown_code_is_a_400_problem_naming_each_field_that_holds_it() throws Exception {
    ApiResponse single =
        key(api()).post("api/probe", "{\"name\": \"x\", \"capacity\": 3, \"shift\": \"DUSK\"}");
    assertProblem(single, 400, "invalid-input");
    assertThat(fields(single)).containsExactly("shift");
    ApiResponse listed =
        key(api())
            .post(
                "api/probe", "{\"name\": \"x\", \"capacity\": 3, \"shifts\": [\"DAY\", \"DAWN\"]}");
    assertThat(fields(listed)).containsExactly("shifts[1]");
    assertThat(listed.body()).doesNotContain("enum").doesNotContain("Shift");
  }

  @Test
  void a_null_number_is_absent_and_a_missing_required_one_is_named() throws Exception {
    ApiResponse optional =
        key(api()).post("api/probe", "{\"name\": \"x\", \"capacity\": 3, \"holdMillis\": null}");
    assertThat(optional.status()).as(optional.toString()).isEqualTo(201);
    ApiResponse required = key(api()).post("api/probe", "{\"name\": \"x\", \"capacity\": null}");
    assertProblem(required, 400, "invalid-input");
    assertThat(fields(required)).containsExactly("capacity");
  }

  @Test
  void a_number_too_large_for_its_field_is_refused_not_truncated() throws Exception {
    ApiResponse response =
        key(api()).post("api/probe", "{\"name\": \"x\", \"capacity\": 4294967297}");
    assertProblem(response, 400, "invalid-input");
    assertThat(fields(response)).containsExactly("capacity");
  }

  @Test
  void wrong_type_is_a_400_problem_naming_the_field() throws Exception {
    ApiResponse response =
        key(api()).post("api/probe", "{\"name\": \"x\", \"capacity\": \"many\"}");
    assertProblem(response, 400, "invalid-input");
    assertThat(fields(response)).containsExactly("capacity");
  }

  @Test
  void every_invalid_field_is_named_at_once() throws Exception {
    ApiResponse response = key(api()).post("api/probe", "{\"name\": \" \", \"capacity\": 0}");
    assertProblem(response, 400, "invalid-input");
    assertThat(fields(response)).containsExactly("capacity", "name");
  }

  @Test
  void wrong_media_type_is_a_415_problem() throws Exception {
    ApiResponse response =
        key(api()).send("POST", "api/probe", "name=x", "application/x-www-form-urlencoded");
    assertProblem(response, 415, "unsupported-media-type");
  }

  @Test
  void body_over_one_mebibyte_is_a_413_problem() throws Exception {
    String huge = "{\"name\": \"" + "x".repeat(1024 * 1024 + 10) + "\", \"capacity\": 1}";
    assertProblem(key(api()).post("api/probe", huge), 413, "payload-too-large");
  }

  @Test
  void business_rule_violation_is_a_409_whose_type_names_the_rule() throws Exception {
    ApiResponse response = api().post("api/probe/rule", "{}");
    assertProblem(response, 409, "probe-rule");
    assertThat(response.json().getString("detail")).contains("on purpose");
  }

  @Test
  void unexpected_failure_is_a_500_with_a_correlation_id_and_no_internals() throws Exception {
    ApiResponse response = api().get("api/probe/failure");
    assertProblem(response, 500, "internal-error");
    assertThat(response.json().getString("correlationId")).isNotBlank();
    assertThat(response.body()).doesNotContain("SELECT").doesNotContain("IllegalState");
  }

  @Test
  void if_match_missing_is_428_stale_is_412_current_succeeds_with_the_new_etag() throws Exception {
    assertProblem(api().put("api/probe/versioned/3", "{}"), 428, "if-match-required");
    assertProblem(
        api().withHeader("If-Match", "\"2\"").put("api/probe/versioned/3", "{}"),
        412,
        "stale-version");
    ApiResponse current = api().withHeader("If-Match", "\"3\"").put("api/probe/versioned/3", "{}");
    assertThat(current.status()).isEqualTo(200);
    assertThat(current.header("ETag")).contains("\"4\"");
  }

  @Test
  void required_idempotency_key_missing_is_a_400_naming_the_header() throws Exception {
    ApiResponse response = api().post("api/probe", "{\"name\": \"x\", \"capacity\": 1}");
    assertProblem(response, 400, "invalid-input");
    assertThat(fields(response)).containsExactly("Idempotency-Key");
  }

  @Test
  void same_key_and_body_answers_the_original_response_from_the_database() throws Exception {
    String key = UUID.randomUUID().toString();
    Api client = api().withHeader("Idempotency-Key", key);
    ApiResponse first = client.post("api/probe", "{\"name\": \"Aksu\", \"capacity\": 5}");
    ApiResponse again = client.post("api/probe", "{ \"capacity\": 5, \"name\": \"Aksu\" }");
    assertThat(first.status()).isEqualTo(201);
    assertThat(again.status()).isEqualTo(201);
    assertThat(again.json().getString("id")).isEqualTo(first.json().getString("id"));
    assertThat(again.header("Location")).isEqualTo(first.header("Location"));
    assertThat(storedKeys(key)).isEqualTo(1);
  }

  @Test
  void same_key_with_another_body_is_422_and_stores_nothing_new() throws Exception {
    String key = UUID.randomUUID().toString();
    Api client = api().withHeader("Idempotency-Key", key);
    assertThat(client.post("api/probe", "{\"name\": \"Aksu\", \"capacity\": 5}").status())
        .isEqualTo(201);
    assertProblem(
        client.post("api/probe", "{\"name\": \"Kuqa\", \"capacity\": 5}"),
        422,
        "idempotency-key-reused");
    assertThat(storedKeys(key)).isEqualTo(1);
  }

  @Test
  void same_key_while_the_first_is_in_flight_is_409() throws Exception {
    String key = UUID.randomUUID().toString();
    Api client = api().withHeader("Idempotency-Key", key);
    String body = "{\"name\": \"Wensu\", \"capacity\": 5, \"holdMillis\": 3000}";
    CompletableFuture<ApiResponse> first =
        CompletableFuture.supplyAsync(() -> client.post("api/probe", body));
    Thread.sleep(1000);
    ApiResponse second = client.post("api/probe", body);
    assertProblem(second, 409, "request-in-flight");
    assertThat(first.get().status()).isEqualTo(201);
    ApiResponse third = client.post("api/probe", body);
    assertThat(third.json().getString("id")).isEqualTo(first.get().json().getString("id"));
  }

  private static Api key(Api api) {
    return api.withHeader("Idempotency-Key", UUID.randomUUID().toString());
  }

  private static void assertProblem(ApiResponse response, int status, String type) {
    assertThat(response.status()).as(response.toString()).isEqualTo(status);
    assertThat(response.contentType()).startsWith("application/problem+json");
    JsonObject problem = response.json();
    assertThat(problem.getString("type")).isEqualTo(type);
    assertThat(problem.getInt("status")).isEqualTo(status);
    assertThat(problem.getString("title")).isNotBlank();
  }

  private static List<String> fields(ApiResponse response) {
    return response.json().getJsonArray("errors").stream()
        .map(e -> e.asJsonObject().getString("field"))
        .toList();
  }

  private static int storedKeys(String key) throws Exception {
    TestDatabase database = TestDatabase.get();
    try (Connection connection =
            DriverManager.getConnection(
                DeployedDatabase.url(), database.user(), database.password());
        PreparedStatement count =
            connection.prepareStatement(
                "SELECT count(*) FROM platform.idempotency_key WHERE key = ?")) {
      count.setString(1, key);
      try (ResultSet rows = count.executeQuery()) {
        rows.next();
        return rows.getInt(1);
      }
    }
  }
}
