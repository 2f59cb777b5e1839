package org.alliancecare.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.alliancecare.testing.Api;
import org.alliancecare.testing.ApiResponse;
import org.alliancecare.testing.DemoAccounts;
import org.alliancecare.testing.FhirValidation;
import org.alliancecare.testing.RunningApplication;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The FHIR Bulk Data export over HTTP against the packaged application (docs/fhir.md, Bulk Data
 * export): kick-off, polling, the manifest, NDJSON files whose every line parses and validates,
 * {@code _type} and {@code _since}, a county group's export limited to its children, cancelling,
 * who may do what (401, 403, another coordinator's job as 404) and bad input as 400.
 */
class BulkExportIT {

  private static final FhirContext FHIR = FhirContext.forR4Cached();
  private static final Instant PERFORMED_AT =
      Instant.now().minus(26, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
  private static final LocalDate SCREENED_ON =
      LocalDate.ofInstant(PERFORMED_AT, ZoneId.of("Asia/Shanghai"));
  private static final String WENSU = "652922";
  private static final String KUQA = "652902";

  private static RunningApplication app;
  private static Api coordinator;
  private static Api otherCoordinator;
  private static Api doctorWensu;
  private static Api doctorKuqa;
  private static Api auditor;
  private static String wensuChild;
  private static String kuqaChild;

  @BeforeAll
  static void childrenScreenedInTwoCounties() {
    app = RunningApplication.shared();
    coordinator = DemoAccounts.signIn(app.api(), DemoAccounts.COORDINATOR);
    doctorWensu = DemoAccounts.signIn(app.api(), DemoAccounts.DOCTOR_WENSU);
    doctorKuqa = DemoAccounts.signIn(app.api(), DemoAccounts.DOCTOR_KUQA);
    auditor = DemoAccounts.signIn(app.api(), DemoAccounts.AUDITOR_WENSU);
    otherCoordinator = newCoordinator();
    wensuChild = screenedChild(doctorWensu, WENSU, "阿依古丽·艾买提");
    kuqaChild = screenedChild(doctorKuqa, KUQA, "买买提·吐尔逊");
  }

  @Test
  void a_coordinator_exports_patients_and_observations_that_parse_and_validate() {
    ApiResponse kickOff = kickOff(coordinator, "fhir/$export?_type=Patient,Observation");

    JsonObject manifest = manifest(coordinator, kickOff);

    assertThat(manifest.getBoolean("requiresAccessToken")).isTrue();
    assertThat(manifest.getString("request")).endsWith("/fhir/$export?_type=Patient,Observation");
    assertThat(manifest.getJsonArray("error")).isEmpty();
    Map<String, List<IBaseResource>> byType = download(coordinator, manifest);
    assertThat(byType.keySet()).containsExactly("Patient", "Observation");
    Set<String> patients = ids(byType.get("Patient"));
    assertThat(patients).contains(wensuChild, kuqaChild);
    assertThat(subjects(byType.get("Observation"))).contains(wensuChild, kuqaChild);
    JsonArray exported =
        auditor
            .get("/api/audit/access?patientId=" + wensuChild + "&limit=500")
            .json()
            .getJsonArray("items");
    assertThat(exported)
        .anySatisfy(
            row -> {
              assertThat(row.asJsonObject().getString("action")).isEqualTo("EXPORT");
              assertThat(row.asJsonObject().getString("actor")).isEqualTo("coordinator");
              assertThat(row.asJsonObject().getString("resourceType")).isEqualTo("Observation");
            });
  }

  @Test
  void since_exports_only_what_changed_after_the_instant() {
    JsonObject first =
        manifest(coordinator, kickOff(coordinator, "fhir/$export?_type=Observation"));
    String since = first.getString("transactionTime");
    String later = screenedChild(doctorWensu, WENSU, "努尔艾力·买买提");

    JsonObject second =
        manifest(
            coordinator, kickOff(coordinator, "fhir/$export?_type=Observation&_since=" + since));

    List<IBaseResource> observations = download(coordinator, second).get("Observation");
    assertThat(observations).isNotEmpty();
    assertThat(subjects(observations)).containsExactly(later);
  }

  @Test
  void a_county_group_export_holds_only_the_children_of_that_county() {
    ApiResponse group = coordinator.get("fhir/Group/county-" + KUQA);
    assertThat(group.status()).as(group.toString()).isEqualTo(200);
    assertThat(FhirValidation.errors(group.body())).isEmpty();

    JsonObject manifest =
        manifest(
            coordinator,
            kickOff(
                coordinator, "fhir/Group/county-" + KUQA + "/$export?_type=Patient,Observation"));

    Map<String, List<IBaseResource>> byType = download(coordinator, manifest);
    assertThat(ids(byType.get("Patient"))).contains(kuqaChild).doesNotContain(wensuChild);
    assertThat(subjects(byType.get("Observation"))).contains(kuqaChild).doesNotContain(wensuChild);
  }

  @Test
  void a_job_is_its_coordinators_alone_and_a_delete_cancels_it() {
    ApiResponse kickOff = kickOff(coordinator, "fhir/Patient/$export?_type=Patient");
    String status = kickOff.header("Content-Location").orElseThrow();
    JsonObject manifest = manifest(coordinator, kickOff);
    String file = manifest.getJsonArray("output").getJsonObject(0).getString("url");

    assertThat(otherCoordinator.get(status).status()).isEqualTo(404);
    assertThat(otherCoordinator.get(file).status()).isEqualTo(404);
    assertThat(otherCoordinator.delete(status).status()).isEqualTo(404);
    assertThat(app.api().get(file).status()).isEqualTo(401);

    ApiResponse deleted = coordinator.delete(status);
    assertThat(deleted.status()).as(deleted.toString()).isEqualTo(202);
    assertThat(coordinator.get(status).status()).isEqualTo(404);
    assertThat(coordinator.get(file).status()).isEqualTo(404);

    ApiResponse running = kickOff(coordinator, "fhir/$export");
    String runningStatus = running.header("Content-Location").orElseThrow();
    assertThat(coordinator.delete(runningStatus).status()).isEqualTo(202);
    assertThat(coordinator.get(runningStatus).status()).isEqualTo(404);
  }

  @Test
  void who_may_not_export_is_told_so_in_an_operation_outcome() {
    Api async = app.api().withHeader("Prefer", "respond-async");

    ApiResponse anonymous = async.get("fhir/$export");
    ApiResponse doctor = doctorWensu.withHeader("Prefer", "respond-async").get("fhir/$export");
    ApiResponse lead =
        DemoAccounts.signIn(app.api(), DemoAccounts.LEAD_PED)
            .withHeader("Prefer", "respond-async")
            .get("fhir/$export");

    assertThat(anonymous.status()).isEqualTo(401);
    assertThat(anonymous.header("WWW-Authenticate"))
        .hasValueSatisfying(h -> assertThat(h).startsWith("Bearer"));
    assertThat(doctor.status()).isEqualTo(403);
    assertThat(lead.status()).isEqualTo(403);
    assertThat(outcome(doctor).getIssueFirstRep().getCode())
        .isEqualTo(OperationOutcome.IssueType.FORBIDDEN);
  }

  @Test
  void bad_input_is_400_naming_each_header_and_parameter() {
    ApiResponse withoutPrefer = coordinator.get("fhir/$export");
    ApiResponse bad =
        coordinator
            .withHeader("Prefer", "respond-async")
            .get("fhir/$export?_type=Patient,Medication&_since=yesterday&_outputFormat=text/csv");
    ApiResponse organisationsOfAGroup =
        coordinator
            .withHeader("Prefer", "respond-async")
            .get("fhir/Group/county-" + WENSU + "/$export?_type=Organization");
    ApiResponse unknownGroup =
        coordinator.withHeader("Prefer", "respond-async").get("fhir/Group/county-000000/$export");

    assertThat(withoutPrefer.status()).isEqualTo(400);
    assertThat(expressions(withoutPrefer)).containsExactly("Prefer");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.contentType()).startsWith("application/fhir+json");
    assertThat(expressions(bad)).containsExactlyInAnyOrder("_type", "_since", "_outputFormat");
    assertThat(organisationsOfAGroup.status()).isEqualTo(400);
    assertThat(unknownGroup.status()).isEqualTo(404);
  }

  // the journey's steps

  private static ApiResponse kickOff(Api as, String path) {
    ApiResponse response = as.withHeader("Prefer", "respond-async").get(path);
    assertThat(response.status()).as(response.toString()).isEqualTo(202);
    assertThat(response.header("Content-Location")).isPresent();
    return response;
  }

  /** Polls the status URL as the IG's client does, until the manifest comes. */
  private static JsonObject manifest(Api as, ApiResponse kickOff) {
    String status = kickOff.header("Content-Location").orElseThrow();
    Instant until = Instant.now().plus(Duration.ofMinutes(3));
    while (Instant.now().isBefore(until)) {
      ApiResponse poll = as.get(status);
      if (poll.status() == 200) {
        assertThat(poll.contentType()).startsWith("application/json");
        return poll.json();
      }
      assertThat(poll.status()).as(poll.toString()).isEqualTo(202);
      assertThat(poll.header("X-Progress")).isPresent();
      assertThat(Integer.parseInt(poll.header("Retry-After").orElseThrow())).isPositive();
      sleep(500); // sooner than Retry-After asks, to keep the test short
    }
    throw new AssertionError("the export did not finish within 3 minutes: " + status);
  }

  /** Every file of the manifest, each line parsed and validated, by type. */
  private static Map<String, List<IBaseResource>> download(Api as, JsonObject manifest) {
    IParser parser = FHIR.newJsonParser();
    Map<String, List<IBaseResource>> byType = new LinkedHashMap<>();
    for (JsonObject output : manifest.getJsonArray("output").getValuesAs(JsonObject.class)) {
      ApiResponse file = as.get(output.getString("url"));
      assertThat(file.status()).as(file.toString()).isEqualTo(200);
      assertThat(file.contentType()).startsWith("application/fhir+ndjson");
      String[] lines = file.body().split("\n");
      assertThat(lines).hasSize(output.getInt("count"));
      for (String line : lines) {
        assertThat(FhirValidation.errors(line)).as(line).isEmpty();
        IBaseResource resource = parser.parseResource(line);
        assertThat(FHIR.getResourceType(resource)).isEqualTo(output.getString("type"));
        byType.computeIfAbsent(output.getString("type"), t -> new ArrayList<>()).add(resource);
      }
    }
    return byType;
  }

  private static Set<String> ids(List<IBaseResource> resources) {
    Set<String> ids = new HashSet<>();
    if (resources != null) {
      resources.forEach(r -> ids.add(r.getIdElement().getIdPart()));
    }
    return ids;
  }

  private static Set<String> subjects(List<IBaseResource> observations) {
    Set<String> subjects = new HashSet<>();
    if (observations != null) {
      observations.forEach(
          o -> subjects.add(((Observation) o).getSubject().getReferenceElement().getIdPart()));
    }
    return subjects;
  }

  private static OperationOutcome outcome(ApiResponse response) {
    return FHIR.newJsonParser().parseResource(OperationOutcome.class, response.body());
  }

  private static List<String> expressions(ApiResponse response) {
    List<String> expressions = new ArrayList<>();
    outcome(response)
        .getIssue()
        .forEach(issue -> issue.getExpression().forEach(e -> expressions.add(e.getValue())));
    return expressions;
  }

  // fixtures

  private static Api newCoordinator() {
    Api admin = DemoAccounts.signIn(app.api(), "admin", RunningApplication.ADMIN_PASSWORD);
    String username = "it.export." + UUID.randomUUID().toString().substring(0, 8);
    String password = "Tarim-" + UUID.randomUUID();
    ApiResponse created =
        admin.post(
            "/api/accounts",
            """
            {"username": "%s", "displayName": "%s", "password": "%s", "roles": ["COORDINATOR"],
             "jurisdiction": ["652900"]}
            """
                .formatted(username, username, password));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return DemoAccounts.signIn(app.api(), username, password);
  }

  /** A consenting child of the county, with one pure-tone screening; its id. */
  private static String screenedChild(Api doctor, String county, String name) {
    ApiResponse registered =
        doctor.post(
            "/api/patients",
            """
            {"name": "%s", "sex": "FEMALE", "birthDate": "%s", "placeCode": "%s",
             "acknowledgeDuplicates": true,
             "guardians": [{"name": "家长", "relationship": "mother", "phone": "139%08d"}]}
            """
                .formatted(
                    name,
                    SCREENED_ON.minusYears(6).minusDays(40),
                    county,
                    (int) (Math.random() * 99_999_999)));
    assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
    String patient = registered.json().getString("id");
    ApiResponse consent =
        doctor.post(
            "/api/patients/" + patient + "/consents",
            """
            {"guardianName": "阿依先木·托合提", "relationship": "mother",
             "scopes": ["SCREENING", "TREATMENT"], "givenOn": "%s"}
            """
                .formatted(SCREENED_ON.minusDays(3)));
    assertThat(consent.status()).as(consent.toString()).isEqualTo(201);
    ApiResponse screening =
        doctor
            .withHeader("Idempotency-Key", UUID.randomUUID().toString())
            .post(
                "/api/screenings",
                """
                {"patientId": "%s", "kind": "HEARING", "method": "PURE_TONE", "performedAt": "%s",
                 "measurements": {"rightEar": {"500": 45, "1000": 45, "2000": 45, "4000": 45},
                                  "leftEar": {"500": 15, "1000": 15, "2000": 15, "4000": 15}}}
                """
                    .formatted(patient, PERFORMED_AT));
    assertThat(screening.status()).as(screening.toString()).isEqualTo(201);
    return patient;
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
