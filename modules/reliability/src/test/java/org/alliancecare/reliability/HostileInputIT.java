package org.alliancecare.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.alliancecare.reliability.HostileRequests.Endpoint;
import org.alliancecare.reliability.HostileRequests.Request;
import org.alliancecare.testing.DemoAccounts;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Generated malformed and hostile requests to every write endpoint that /openapi documents: none is
 * answered 5xx, no body shows a stack trace, SQL or a class name, no row of any table changes, and
 * the application is still ready afterwards.
 */
@Order(5)
class HostileInputIT {

  private static final String SECTION = "2. bad input";

  @Test
  void hostile_requests_to_every_write_endpoint_are_refused_without_changing_a_row()
      throws Exception {
    Harness harness = Harness.get();
    Records records = harness.records();
    Mode mode = Mode.current();
    Map<String, String> ids = realIds(harness, records);
    List<Endpoint> endpoints = inventory(harness, ids);
    Figures.record(SECTION, "write endpoints in /openapi", endpoints.size());
    String revoked = revokedToken(harness);

    Map<String, String> before;
    try (Connection connection = harness.database()) {
      before = Checksums.of(connection);
    }
    long serverErrorsBefore = Traffic.serverErrors();
    long leaksBefore = Traffic.leaks();
    AtomicLong sent = new AtomicLong();
    Map<String, AtomicLong> statuses = new ConcurrentHashMap<>();
    Map<String, AtomicLong> poisons = new ConcurrentHashMap<>();
    List<String> unexpected = java.util.Collections.synchronizedList(new ArrayList<>());
    long began = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(mode.hostileThreads);
    try {
      for (Endpoint listed : endpoints) {
        Endpoint endpoint =
            listed.withToken(harness.as(new Bodies(ids).account(listed.template())).token());
        List<Request> requests =
            new HostileRequests(endpoint, revoked)
                .requests()
                .sampleStream()
                .limit(mode.hostilePerEndpoint)
                .toList();
        List<Future<?>> running = new ArrayList<>();
        int slice = (requests.size() + mode.hostileThreads - 1) / mode.hostileThreads;
        for (int t = 0; t < mode.hostileThreads; t++) {
          List<Request> mine =
              requests.subList(
                  Math.min(t * slice, requests.size()), Math.min((t + 1) * slice, requests.size()));
          running.add(
              pool.submit(
                  () -> {
                    for (Request request : mine) {
                      Http.Answer answer = send(harness, request);
                      sent.incrementAndGet();
                      statuses
                          .computeIfAbsent(statusClass(answer.status()), s -> new AtomicLong())
                          .incrementAndGet();
                      poisons
                          .computeIfAbsent(request.poison().name(), s -> new AtomicLong())
                          .incrementAndGet();
                      if (answer.status() >= 500 || answer.ok()) {
                        unexpected.add(
                            request.poison()
                                + " "
                                + request.method()
                                + " "
                                + request.path()
                                + " "
                                + abbreviate(request.body())
                                + " → "
                                + answer);
                      }
                    }
                    return null;
                  }));
        }
        for (Future<?> future : running) {
          future.get();
        }
        Figures.record(
            SECTION,
            "progress: endpoints done, requests sent, 5xx, 2xx",
            (endpoints.indexOf(listed) + 1)
                + " of "
                + endpoints.size()
                + ", "
                + sent.get()
                + ", "
                + (Traffic.serverErrors() - serverErrorsBefore)
                + ", "
                + unexpected.stream().filter(u -> !u.contains("→ 5")).count());
      }
    } finally {
      pool.shutdownNow();
    }
    Duration took = Duration.ofNanos(System.nanoTime() - began);
    Map<String, String> after;
    try (Connection connection = harness.database()) {
      after = Checksums.of(connection);
    }
    List<String> changed = new ArrayList<>();
    before.forEach(
        (table, sum) -> {
          if (!sum.equals(after.get(table))) {
            changed.add(table + " " + sum + " → " + after.get(table));
          }
        });
    int ready = harness.anonymous().get("/health/ready").status();

    Figures.record(SECTION, "requests per write endpoint", mode.hostilePerEndpoint);
    Figures.record(SECTION, "hostile requests sent", sent.get());
    Figures.record(
        SECTION, "requests per second", Math.round(sent.get() / Math.max(1.0, took.toSeconds())));
    Figures.record(SECTION, "answers by status class", new TreeMap<>(statuses));
    Figures.record(SECTION, "requests by poison", new TreeMap<>(poisons));
    Figures.record(SECTION, "5xx answers", Traffic.serverErrors() - serverErrorsBefore);
    Figures.record(
        SECTION, "bodies with stack trace, SQL or class name", Traffic.leaks() - leaksBefore);
    Figures.record(
        SECTION,
        "2xx answers (a hostile request accepted)",
        unexpected.stream().filter(u -> !u.contains("→ 5")).count());
    Figures.record(SECTION, "tables checksummed", before.size());
    Figures.record(SECTION, "tables changed", changed.size());
    Figures.record(
        SECTION, "left out of the checksums (rows change by design)", Checksums.CHANGING_BY_DESIGN);
    Figures.record(SECTION, "/health/ready afterwards", ready);
    if (!unexpected.isEmpty()) {
      java.nio.file.Path folder =
          java.nio.file.Path.of(
              System.getProperty("reliability.results", "target/reliability-results"));
      java.nio.file.Files.createDirectories(folder);
      java.nio.file.Files.write(folder.resolve("hostile-unexpected.txt"), unexpected);
      Figures.record(
          SECTION,
          "first unexpected answers",
          unexpected.subList(0, Math.min(5, unexpected.size())));
    }

    assertThat(unexpected).as("5xx or 2xx answers to hostile requests").isEmpty();
    assertThat(Traffic.leaks() - leaksBefore).as("bodies that leak internals").isZero();
    assertThat(changed).as("tables whose rows changed").isEmpty();
    assertThat(ready).isEqualTo(200);
  }

  @Test
  void
      nul_and_unpaired_surrogates_are_refused_naming_the_field_instead_of_500_or_a_silent_question_mark()
          throws Exception {
    Records records = Harness.get().records();
    String child = records.child();
    Map<String, String> before;
    try (Connection connection = Harness.get().database()) {
      before = Checksums.of(connection);
    }

    Http.Answer nul =
        records
            .coordinator()
            .post(
                "/api/programs",
                """
                {"code": "RELNUL", "nameZh": "启明\\u0000行动", "nameEn": "Qiming",
                 "eligibility": {"maxAgeExclusive": 18, "placeCodes": ["652900"],
                                 "conditions": ["VISION"]}}""");
    Http.Answer surrogate =
        records
            .doctor()
            .key(java.util.UUID.randomUUID().toString())
            .post(
                "/api/screenings",
                Records.screeningBody(child, 10, 3)
                    .replace("\"PURE_TONE\",", "\"PURE_TONE\", \"notes\": \"a\\ud800b\","));

    assertThat(nul.status()).as(nul.toString()).isEqualTo(400);
    assertThat(nul.json().getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("nameZh");
    assertThat(surrogate.status()).as(surrogate.toString()).isEqualTo(400);
    assertThat(surrogate.json().getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("notes");
    try (Connection connection = Harness.get().database()) {
      assertThat(Checksums.of(connection)).isEqualTo(before);
    }
  }

  private static Http.Answer send(Harness harness, Request request) {
    Http http = harness.anonymous().timeout(Duration.ofSeconds(90));
    if (request.authorization() != null) {
      http = http.with("Authorization", request.authorization());
    }
    if (request.ifMatch() != null) {
      http = http.with("If-Match", request.ifMatch());
    }
    http = http.with("Idempotency-Key", request.idempotencyKey());
    try {
      return http.send(request.method(), request.path(), request.bytes(), request.contentType());
    } catch (UncheckedIOException e) {
      // a huge body may be refused before it is all sent: the connection closes after the 413
      if (request.hugePadding() > 0) {
        return new Http.Answer(413, "", java.net.http.HttpHeaders.of(Map.of(), (a, b) -> true));
      }
      throw new AssertionError(request.poison() + " " + request.method() + " " + request.path(), e);
    }
  }

  private static String statusClass(int status) {
    return status >= 500 ? "5xx" : Integer.toString(status);
  }

  private static String abbreviate(String body) {
    if (body == null) {
      return "";
    }
    return body.length() > 300 ? body.substring(0, 300) + "…" : body;
  }

  /** A token that was valid and has been revoked (signed out). */
  private static String revokedToken(Harness harness) {
    Http session = harness.signIn(DemoAccounts.DOCTOR_WENSU);
    Records.expect(204, session.delete("/api/session"));
    return session.token();
  }

  /** Records that path parameters point at, so that requests get past "not found". */
  private static Map<String, String> realIds(Harness harness, Records records) {
    Map<String, String> ids = new TreeMap<>();
    String patient = records.child();
    String other = records.child();
    String screening = records.screening(patient);
    String caseId = records.caseFor(patient);
    JsonObject caseFile = records.read(records.coordinator(), "/api/cases/" + caseId);
    String consent =
        records
            .read(records.doctor(), "/api/patients/" + patient + "/consents")
            .getJsonArray("items")
            .getJsonObject(0)
            .getString("id");
    ids.put("patient", patient);
    ids.put("otherPatient", other);
    ids.put("screening", screening);
    ids.put("referral", records.referral(patient, screening));
    ids.put("case", caseId);
    ids.put("milestone", caseFile.getJsonArray("milestones").getJsonObject(0).getString("id"));
    ids.put("clinic", records.publishedClinic());
    ids.put("alliance", records.pediatrics());
    ids.put("practitioner", records.leadPractitioner());
    ids.put("program", records.program());
    ids.put("consent", consent);
    ids.put("organisation", records.maternalAndChildHealthHospital());
    return ids;
  }

  /** Every write operation of /openapi, with a valid body, real path values and a token. */
  private static List<Endpoint> inventory(Harness harness, Map<String, String> ids) {
    Http.Answer openapi = harness.anonymous().with("Accept", "application/json").get("/openapi");
    JsonObject paths;
    try (JsonReader reader = Json.createReader(new StringReader(openapi.body()))) {
      paths = reader.readObject().getJsonObject("paths");
    }
    List<Endpoint> endpoints = new ArrayList<>();
    Bodies bodies = new Bodies(ids);
    paths.forEach(
        (template, operations) ->
            operations.asJsonObject().keySet().stream()
                .filter(m -> List.of("post", "put", "patch", "delete").contains(m))
                .forEach(
                    method -> {
                      String verb = method.toUpperCase();
                      boolean hasBody =
                          operations
                              .asJsonObject()
                              .getJsonObject(method)
                              .containsKey("requestBody");
                      endpoints.add(
                          new Endpoint(
                              verb,
                              template,
                              hasBody ? bodies.valid(verb, template) : null,
                              bodies.pathValues(template),
                              harness.as(bodies.account(template)).token(),
                              Bodies.needsIfMatch(verb, template),
                              template.equals("/api/session") && verb.equals("POST")));
                    }));
    return endpoints;
  }
}
