package org.alliancecare.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;
import org.alliancecare.testing.Api;
import org.alliancecare.testing.ApiResponse;
import org.alliancecare.testing.DemoAccounts;
import org.alliancecare.testing.RunningApplication;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The field app's figures (issue 15, docs/field-app.md "Measured"), each beside a baseline measured
 * in the same run: the app shell's size, its first load under a slow mobile network and its repeat
 * load from the service worker, recording one screening offline (time from tap to stored, and
 * taps), and the sync of 500 queued screenings against the same 500 sent by a plain client. Not a
 * test of the build (its name does not end in IT): run it with
 *
 * <pre>mvn -B verify -pl modules/launcher -am -Dit.test=FieldAppBenchmark -Dtest=none
 *   -Dsurefire.failIfNoSpecifiedTests=false -Dfailsafe.failIfNoSpecifiedTests=false</pre>
 *
 * It prints a table and writes it to {@code modules/launcher/target/field-app-bench.md}.
 */
class FieldAppBenchmark {

  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  /** Chromium DevTools' "Slow 3G" preset: 2 s round trip, 400 kbit/s each way. */
  private static final Map<String, Object> SLOW_3G =
      Map.of(
          "offline",
          false,
          "latency",
          2000,
          "downloadThroughput",
          400 * 1000 / 8,
          "uploadThroughput",
          400 * 1000 / 8);

  private static final List<String> SHELL =
      List.of(
          "index.html",
          "app.js",
          "i18n.js",
          "measurements.js",
          "search.js",
          "store.js",
          "sync.js",
          "sw.js",
          "manifest.webmanifest",
          "classification.js",
          "icons/icon-192.png");

  private static final int QUEUED = 500;

  private final List<String> rows = new ArrayList<>();

  @Test
  void field_app_figures() throws Exception {
    RunningApplication app = RunningApplication.shared();
    Api admin = DemoAccounts.signIn(app.api(), "admin", RunningApplication.ADMIN_PASSWORD);
    String village = "652922-V" + (1000 + (int) (Math.random() * 9000));
    assertThat(
            admin
                .post(
                    "/api/places",
                    """
                    {"code": "%s", "parentCode": "652922-T01", "level": "VILLAGE",
                     "nameZh": "基准村", "nameEn": "Bench Village"}"""
                        .formatted(village))
                .status())
        .isEqualTo(201);
    String doctor = "bench.field." + UUID.randomUUID().toString().substring(0, 8);
    String password = "Tarim-bench-" + UUID.randomUUID();
    assertThat(
            admin
                .post(
                    "/api/accounts",
                    """
                    {"username": "%s", "displayName": "%s", "password": "%s",
                     "roles": ["DOCTOR"], "jurisdiction": ["652922-T01"]}"""
                        .formatted(doctor, doctor, password))
                .status())
        .isEqualTo(201);
    Api doctorApi = DemoAccounts.signIn(app.api(), doctor, password);
    String child = registered(doctorApi, village);

    shellSize(app);
    Path profile = Files.createTempDirectory("alliancecare-field-bench-");
    try (CuttableLink link = CuttableLink.to(app.uri("/"));
        FieldBrowser phone = FieldBrowser.open(profile, "zh-CN")) {
      loads(phone, link);
      signIn(phone, doctor, password);
      phone.type(By.id("place-code"), village);
      phone.click(By.id("download-place"));
      phone.until(
          d ->
              "1"
                  .equals(
                      phone
                          .driver()
                          .findElement(By.id("pack-summary"))
                          .getAttribute("data-count")));

      link.cut();
      capture(phone, child);
      link.restore();
      sync(phone, doctorApi, child);
    }
    report();
  }

  // ---- 1. the app shell ----

  private void shellSize(RunningApplication app) throws IOException, InterruptedException {
    HttpClient http = HttpClient.newHttpClient();
    long raw = 0;
    long compressed = 0;
    for (String file : SHELL) {
      HttpResponse<byte[]> answer =
          http.send(
              HttpRequest.newBuilder(app.uri("/field/" + file)).build(),
              HttpResponse.BodyHandlers.ofByteArray());
      assertThat(answer.statusCode()).as(file).isEqualTo(200);
      raw += answer.body().length;
      compressed += gzip(answer.body());
    }
    row("app shell, " + SHELL.size() + " files", kb(raw) + " KB", kb(compressed) + " KB gzip", "");
  }

  private static long gzip(byte[] content) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
      zip.write(content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.size();
  }

  // ---- 2. first load under Slow 3G, repeat load from the service worker ----

  private void loads(FieldBrowser phone, CuttableLink link) {
    phone.driver().executeCdpCommand("Network.enable", Map.of());
    phone.driver().executeCdpCommand("Network.emulateNetworkConditions", SLOW_3G);
    long oneFile = timed(() -> phone.visit(link.uri("/field/icons/icon-192.png")));
    long first = timeToSignIn(phone, link);
    System.out.println(
        "[field-app bench] first load, in the page (ms from navigation start): "
            + phone.run(
                "const n = performance.getEntriesByType('navigation')[0];"
                    + " return 'html ' + Math.round(n.responseEnd) + ', DOMContentLoaded '"
                    + " + Math.round(n.domContentLoadedEventEnd) + ', load ' + Math.round(n.loadEventEnd)"
                    + " + '; ' + performance.getEntriesByType('resource').map(r => r.name.replace(/.*\\//, '')"
                    + " + ' ' + Math.round(r.startTime) + '-' + Math.round(r.responseEnd)"
                    + " + ' ' + r.transferSize + 'B').join(', ');"));
    long firstShown = shown(phone);
    row(
        "first load, Slow 3G: the sign-in form shown (in the page, from navigation start)",
        firstShown + " ms",
        "target ≤ 5000 ms",
        "baseline one small file: " + oneFile + " ms (" + ratio(firstShown, oneFile) + ")");
    row(
        "first load, Slow 3G, as the test driver sees it (to the load event and its reply)",
        first + " ms",
        "",
        "baseline one small file: " + oneFile + " ms (" + ratio(first, oneFile) + ")");
    phone.script(
        "const done = arguments[arguments.length - 1];"
            + " navigator.serviceWorker.ready.then(() => done(true));");
    long repeat = timeToSignIn(phone, link);
    long repeatShown = shown(phone);
    row(
        "repeat load, Slow 3G, from the service worker (shown in the page / as the driver sees it)",
        repeatShown + " / " + repeat + " ms",
        "target ≤ 1000 ms",
        "baseline one small file: " + oneFile + " ms (" + ratio(repeat, oneFile) + ")");
    link.cut();
    long offline = timeToSignIn(phone, link);
    link.restore();
    row("repeat load without a network", offline + " ms", "", "");
    phone
        .driver()
        .executeCdpCommand(
            "Network.emulateNetworkConditions",
            Map.of(
                "offline", false, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
    // the rest runs on the network as it is, without DevTools watching every request
    phone.driver().executeCdpCommand("Network.disable", Map.of());
  }

  /** When the app showed its first page, from the navigation's start (the app's own mark). */
  private static long shown(FieldBrowser phone) {
    Object mark =
        phone.run(
            "const m = performance.getEntriesByName('field-app-shown')[0];"
                + " return m ? Math.round(m.startTime) : -1;");
    return ((Number) mark).longValue();
  }

  private static long timeToSignIn(FieldBrowser phone, CuttableLink link) {
    return timed(
        () -> {
          phone.visit(link.uri("/field/"));
          phone.until(
              Duration.ofSeconds(60),
              d ->
                  Boolean.TRUE.equals(
                      phone.run(
                          "return !!window.fieldApp && (document.getElementById('signin-page').hidden === false"
                              + " || document.getElementById('unlock-page').hidden === false)")));
        });
  }

  // ---- 3. one screening offline ----

  private void capture(FieldBrowser phone, String child) {
    phone.click(By.id("nav-children"));
    phone.type(By.id("search"), "基准");
    phone.click(By.cssSelector("#children li.child[data-patient-id='" + child + "'] button"));
    int taps = 1;
    List<Double> millis = new ArrayList<>();
    for (int i = 0; i < QUEUED; i++) {
      phone.click(By.id("record-vision"));
      taps++;
      phone.type(By.id("right-uncorrected"), i % 2 == 0 ? "5.0" : "4.6");
      phone.type(By.id("left-uncorrected"), "4.9");
      Object stored =
          phone.script(
              "const done = arguments[arguments.length - 1];"
                  + " const box = document.getElementById('screening-result');"
                  + " box.removeAttribute('data-result');"
                  + " const began = performance.now();"
                  + " document.getElementById('save-screening').click();"
                  + " (function wait() { box.hasAttribute('data-result') && !box.hidden"
                  + "   ? done(performance.now() - began) : setTimeout(wait, 1); })();");
      taps++;
      millis.add(((Number) stored).doubleValue());
      if (i == 0) {
        row(
            "taps for one screening of a found child",
            String.valueOf(taps),
            "target ≤ 6",
            "the child in the list, Vision, Save (values typed); the next screening of the same"
                + " child: Vision, Save");
      }
    }
    Collections.sort(millis);
    row(
        "one screening offline, tap on Save to stored and shown (median / p95 / max of "
            + QUEUED
            + ")",
        String.format(
            Locale.ROOT,
            "%.1f / %.1f / %.1f ms",
            percentile(millis, 50),
            percentile(millis, 95),
            millis.get(millis.size() - 1)),
        "target ≤ 100 ms",
        "");
  }

  // ---- 4. sync of 500 queued screenings ----

  private void sync(FieldBrowser phone, Api doctorApi, String child) {
    phone.click(By.id("nav-sync"));
    long began = System.nanoTime();
    phone.click(By.id("sync-now"));
    phone.until(
        Duration.ofSeconds(600),
        d -> {
          @SuppressWarnings("unchecked")
          Map<String, Long> counts =
              (Map<String, Long>)
                  phone.script(
                      "const done = arguments[arguments.length - 1];"
                          + " window.fieldApp.queueCounts().then(done);");
          return counts.get("waiting") == 0L;
        });
    double seconds = (System.nanoTime() - began) / 1e9;
    long baselineBegan = System.nanoTime();
    for (int i = 0; i < QUEUED; i++) {
      ApiResponse created =
          doctorApi
              .withHeader("Idempotency-Key", UUID.randomUUID().toString())
              .post(
                  "/api/screenings",
                  """
                  {"patientId": "%s", "kind": "VISION", "method": "OPTOTYPE",
                   "performedAt": "%s", "measurements": {
                     "rightEye": {"uncorrected": {"value": "5.0", "notation": "FIVE_POINT"}},
                     "leftEye": {"uncorrected": {"value": "4.9", "notation": "FIVE_POINT"}}}}"""
                      .formatted(child, Instant.now().minusSeconds(60)));
      assertThat(created.status()).as(created.toString()).isEqualTo(201);
    }
    double baseline = (System.nanoTime() - baselineBegan) / 1e9;
    row(
        "sync of " + QUEUED + " queued screenings",
        String.format(Locale.ROOT, "%.1f s, %.0f items/s", seconds, QUEUED / seconds),
        "target ≥ 50 items/s",
        String.format(
            Locale.ROOT,
            "baseline, the same %d by a plain client one after another:"
                + " %.1f s, %.0f items/s (%.2f×)",
            QUEUED,
            baseline,
            QUEUED / baseline,
            (QUEUED / seconds) / (QUEUED / baseline)));
  }

  // ---- helpers ----

  private static void signIn(FieldBrowser phone, String username, String password) {
    phone.type(By.id("username"), username);
    phone.type(By.id("password"), password);
    phone.click(By.id("sign-in"));
    phone.await(By.id("nav-sync"));
  }

  private static String registered(Api doctor, String village) {
    ApiResponse created =
        doctor
            .withHeader("Idempotency-Key", UUID.randomUUID().toString())
            .post(
                "/api/patients",
                """
                {"name": "基准·孩子", "sex": "MALE", "birthDate": "%s", "placeCode": "%s",
                 "guardians": [{"name": "基准·家长", "relationship": "父亲"}],
                 "acknowledgeDuplicates": true}"""
                    .formatted(LocalDate.now(CHINA).minusYears(7), village));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    String id = created.json().getString("id");
    assertThat(
            doctor
                .post(
                    "/api/patients/" + id + "/consents",
                    """
                    {"guardianName": "基准·家长", "relationship": "父亲",
                     "scopes": ["SCREENING"], "givenOn": "%s"}"""
                        .formatted(LocalDate.now(CHINA).minusDays(1)))
                .status())
        .isEqualTo(201);
    return id;
  }

  private static long timed(Runnable action) {
    long began = System.nanoTime();
    action.run();
    return (System.nanoTime() - began) / 1_000_000;
  }

  private static double percentile(List<Double> sorted, int percent) {
    int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
  }

  private static String kb(long bytes) {
    return String.format(Locale.ROOT, "%.1f", bytes / 1024.0);
  }

  private static String ratio(long value, long baseline) {
    return String.format(Locale.ROOT, "%.1f×", baseline == 0 ? 0.0 : (double) value / baseline);
  }

  private void row(String what, String figure, String target, String baseline) {
    String row = "| " + what + " | " + figure + " | " + target + " | " + baseline + " |";
    rows.add(row);
    System.out.println("[field-app bench] " + row);
  }

  private void report() throws IOException {
    StringBuilder table = new StringBuilder();
    table.append("# Field app figures, ").append(Instant.now()).append("\n\n");
    table
        .append("Machine: ")
        .append(Runtime.getRuntime().availableProcessors())
        .append(" cores; Chromium headless; the application as `./run` starts it.\n\n");
    table.append("| what | figure | target | baseline (same run) |\n|---|---|---|---|\n");
    rows.forEach(row -> table.append(row).append('\n'));
    Path out = Path.of("target", "field-app-bench.md");
    Files.createDirectories(out.getParent());
    Files.writeString(out, table, StandardCharsets.UTF_8);
    System.out.println(table);
  }
}
