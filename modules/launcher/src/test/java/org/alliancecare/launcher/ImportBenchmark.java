package org.alliancecare.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.alliancecare.testing.Api;
import org.alliancecare.testing.ApiResponse;
import org.alliancecare.testing.DemoAccounts;
import org.alliancecare.testing.RunningApplication;
import org.junit.jupiter.api.Test;

/**
 * The import's figures (issue 17, docs/import.md "Measured"): a generated list of {@code
 * bench.rows} (default 100,000) children imported by the coordinator, in rows per second, and the
 * p99 of another user's {@code GET /api/patients?q=} while it runs beside the same p99 with no
 * import (the baseline, measured first in the same run). Not a test of the build (its name does not
 * end in IT): run it with
 *
 * <pre>mvn -B verify -pl modules/launcher -am -Dit.test=ImportBenchmark -Dtest=none
 *   -Dsurefire.failIfNoSpecifiedTests=false -Dfailsafe.failIfNoSpecifiedTests=false
 *   [-Dbench.rows=100000]</pre>
 *
 * It prints a table and writes it to {@code modules/launcher/target/import-bench.md}.
 */
class ImportBenchmark {

  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static final Duration BASELINE = Duration.ofSeconds(30);
  private static final int READERS = 2;

  @Test
  void import_of_a_large_list_and_other_users_p99_meanwhile() throws Exception {
    int rows = Integer.getInteger("bench.rows", 100_000);
    Api api = RunningApplication.shared().api();
    ApiResponse session =
        api.post(
            "/api/session",
            "{\"username\": \"%s\", \"password\": \"%s\"}"
                .formatted(
                    DemoAccounts.COORDINATOR, DemoAccounts.password(DemoAccounts.COORDINATOR)));
    String token = session.json().getString("token");
    Api doctor = DemoAccounts.signIn(api, DemoAccounts.DOCTOR_WENSU);
    Path file = generate(rows);

    // warm up, then the baseline: other users' searches with no import
    load(doctor, Duration.ofSeconds(5), new AtomicBoolean(true));
    List<Long> baseline = load(doctor, BASELINE, new AtomicBoolean(true));

    HttpResponse<String> accepted =
        CLIENT.send(
            HttpRequest.newBuilder(RunningApplication.shared().uri("/api/imports/patients"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "text/csv")
                .timeout(Duration.ofMinutes(5))
                .POST(HttpRequest.BodyPublishers.ofFile(file))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
    String id = json(accepted.body()).getString("id");
    Api coordinator = api.as(token);

    AtomicBoolean running = new AtomicBoolean(true);
    List<Long> during = Collections.synchronizedList(new ArrayList<>());
    Thread readers =
        new Thread(
            () -> {
              try {
                during.addAll(load(doctor, Duration.ofDays(1), running));
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            });
    readers.start();
    JsonObject job;
    long polls = 0;
    while (true) {
      job = coordinator.get("/api/imports/" + id).json();
      String status = job.getString("status");
      if (status.equals("DONE") || status.equals("FAILED")) {
        break;
      }
      if (++polls % 30 == 0) {
        System.out.printf(
            "import %s: %d of %d rows%n",
            status,
            job.getJsonNumber("processed").longValue(),
            job.getJsonNumber("total").longValue());
      }
      Thread.sleep(2000);
    }
    running.set(false);
    readers.join();
    Files.deleteIfExists(file);

    Instant queued = Instant.parse(job.getString("queuedAt"));
    Instant finished = Instant.parse(job.getString("finishedAt"));
    double seconds = Duration.between(queued, finished).toMillis() / 1000.0;
    long processed = job.getJsonNumber("processed").longValue();
    String table =
        """
        | figure | value |
        |---|---|
        | rows in the file | %d |
        | status | %s |
        | created / duplicates / rejected | %d / %d / %d |
        | import time (queued to done) | %.1f s |
        | rows per second | %.1f |
        | other users' GET /api/patients?q= p99, no import (baseline, %d requests) | %d ms |
        | the same p99 while importing (%d requests) | %d ms |
        | the same median, no import / importing | %d ms / %d ms |
        """
            .formatted(
                rows,
                job.getString("status"),
                job.getJsonNumber("created").longValue(),
                job.getJsonNumber("duplicates").longValue(),
                job.getJsonNumber("rejected").longValue(),
                seconds,
                processed / seconds,
                baseline.size(),
                percentile(baseline, 0.99),
                during.size(),
                percentile(during, 0.99),
                percentile(baseline, 0.5),
                percentile(during, 0.5));
    System.out.println(table);
    Path report = Path.of("target", "import-bench.md");
    Files.createDirectories(report.getParent());
    Files.writeString(report, table);
    assertThat(job.getString("status")).isEqualTo("DONE");
  }

  /** {@link #READERS} users searching patients by name, back to back, until told to stop. */
  private static List<Long> load(Api as, Duration limit, AtomicBoolean running)
      throws InterruptedException {
    List<Long> millis = Collections.synchronizedList(new ArrayList<>());
    long end = System.nanoTime() + limit.toNanos();
    List<Thread> threads = new ArrayList<>();
    String[] queries = {"古丽", "阿依", "买买提", "王", "李"};
    for (int t = 0; t < READERS; t++) {
      int reader = t;
      Thread thread =
          new Thread(
              () -> {
                int i = reader;
                while (running.get() && System.nanoTime() < end) {
                  String q =
                      URLEncoder.encode(queries[i++ % queries.length], StandardCharsets.UTF_8);
                  long start = System.nanoTime();
                  ApiResponse found = as.get("/api/patients?q=" + q);
                  long took = (System.nanoTime() - start) / 1_000_000;
                  if (found.status() == 200) {
                    millis.add(took);
                  }
                }
              });
      thread.start();
      threads.add(thread);
    }
    for (Thread thread : threads) {
      thread.join();
    }
    return new ArrayList<>(millis);
  }

  private static Path generate(int rows) throws IOException {
    String run = UUID.randomUUID().toString().substring(0, 6);
    Path file = Files.createTempFile("import-bench-", ".csv");
    LocalDate first = LocalDate.of(2012, 1, 1);
    String[] given = {"古丽", "阿依", "买买提", "热依拉", "艾力", "王", "李", "张"};
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write(
          "name,sex,birthDate,placeCode,guardianName,guardianRelationship,guardianPhone,"
              + "externalId\n");
      for (int i = 0; i < rows; i++) {
        String name = given[i % given.length] + Integer.toString(i, 36) + run;
        out.write(
            "%s,%s,%s,652922,家长%s,mother,139%08d,B-%s-%d\n"
                .formatted(
                    name,
                    i % 2 == 0 ? "FEMALE" : "MALE",
                    first.plusDays(i % 3000),
                    run,
                    i,
                    run,
                    i));
      }
    }
    return file;
  }

  private static long percentile(List<Long> millis, double p) {
    if (millis.isEmpty()) {
      return -1;
    }
    List<Long> sorted = new ArrayList<>(millis);
    Collections.sort(sorted);
    return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
  }

  private static JsonObject json(String body) {
    return Json.createReader(new StringReader(body)).readObject();
  }
}
