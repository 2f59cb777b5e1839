package org.alliancecare.screening.internal.offline;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Issue 15: "The offline classification agrees with the server on every case of the classification
 * tests." Loads the compiled ES module {@code /field/classification.js} (as the module JAR carries
 * it) into Debian's headless Chromium, classifies every case of {@link ClassificationCases} there
 * in one call, and compares each answer with the server's ({@link ServerClassification}): the
 * result, the rule set, every member of the classification with its numbers, reason codes and
 * texts, or the same bad fields with the same messages.
 */
class OfflineClassificationAgreementIT {

  private static final String CHROMIUM = "/usr/bin/chromium";
  private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
  private static final String MODULE = "META-INF/resources/field/classification.js";

  private static HttpServer server;
  private static ChromeDriverService service;
  private static ChromeDriver browser;
  private static Path profile;

  @BeforeAll
  static void serveTheModuleAndOpenChromium() throws IOException {
    byte[] module;
    try (InputStream compiled =
        OfflineClassificationAgreementIT.class.getClassLoader().getResourceAsStream(MODULE)) {
      assertThat(compiled).as("the compiled module on the class path: " + MODULE).isNotNull();
      module = compiled.readAllBytes();
    }
    System.out.println(
        "classification.js: " + module.length + " bytes (" + gzipped(module) + " gzipped)");
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/field/classification.js", exchange -> answer(exchange, "text/javascript", module));
    server.createContext(
        "/",
        exchange ->
            answer(
                exchange,
                "text/html",
                "<!doctype html><title>agreement</title>".getBytes(StandardCharsets.UTF_8)));
    server.start();

    profile = Files.createTempDirectory("alliancecare-agreement-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--no-first-run",
        "--disable-component-update",
        "--user-data-dir=" + profile);
    service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(CHROMEDRIVER))
            .usingAnyFreePort()
            .build();
    browser = new ChromeDriver(service, options);
    browser.manage().timeouts().scriptTimeout(Duration.ofMinutes(5));
  }

  @AfterAll
  static void close() throws IOException {
    if (browser != null) {
      browser.quit();
    }
    if (service != null) {
      service.stop();
    }
    if (server != null) {
      server.stop(0);
    }
    if (profile != null) {
      try (var files = Files.walk(profile)) {
        files.sorted((a, b) -> b.compareTo(a)).map(Path::toFile).forEach(File::delete);
      }
    }
  }

  @Test
  void the_offline_classification_agrees_with_the_server_on_every_case() {
    List<ClassificationCases.Case> cases = ClassificationCases.all();
    JsonArrayBuilder requests = Json.createArrayBuilder();
    cases.forEach(each -> requests.add(each.request().toString()));

    browser.get("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    long began = System.nanoTime();
    Object answered =
        ((JavascriptExecutor) browser)
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "import('/field/classification.js').then(module => {"
                    + "  const requests = JSON.parse(arguments[0]);"
                    + "  const began = performance.now();"
                    + "  const answers = requests.map(request => module.classify(request));"
                    + "  done(JSON.stringify({answers, millis: performance.now() - began}));"
                    + "}, failure => done(JSON.stringify({failure: String(failure)})));",
                requests.build().toString());
    long roundTripMillis = (System.nanoTime() - began) / 1_000_000;
    var result = ServerClassification.parse((String) answered).asJsonObject();
    assertThat(result.containsKey("failure")).as(String.valueOf(result.get("failure"))).isFalse();
    List<JsonString> answers = result.getJsonArray("answers").getValuesAs(JsonString.class);
    assertThat(answers).hasSameSizeAs(cases);

    List<String> disagreements = new ArrayList<>();
    for (int i = 0; i < cases.size(); i++) {
      ClassificationCases.Case each = cases.get(i);
      JsonValue expected = ServerClassification.answer(each.request());
      JsonValue actual = ServerClassification.parse(answers.get(i).getString());
      if (!expected.equals(actual)) {
        disagreements.add(
            each.name()
                + "\n  request: "
                + each.request()
                + "\n  server:  "
                + expected
                + "\n  offline: "
                + actual);
      }
    }
    System.out.printf(
        "offline classification: compared %d cases with the server, %d disagreements;"
            + " classify() took %.0f ms in Chromium for all of them (%d ms with the round trip)%n",
        cases.size(),
        disagreements.size(),
        result.getJsonNumber("millis").doubleValue(),
        roundTripMillis);
    assertThat(cases).hasSizeGreaterThan(8000);
    assertThat(disagreements)
        .as(
            "%d cases where classification.js and the server disagree, the first ones:%n%s",
            disagreements.size(),
            String.join("\n", disagreements.subList(0, Math.min(20, disagreements.size()))))
        .isEmpty();
  }

  private static void answer(com.sun.net.httpserver.HttpExchange exchange, String type, byte[] body)
      throws IOException {
    exchange.getResponseHeaders().add("Content-Type", type + "; charset=utf-8");
    exchange.sendResponseHeaders(200, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  private static int gzipped(byte[] bytes) throws IOException {
    var buffer = new java.io.ByteArrayOutputStream();
    try (var gzip = new java.util.zip.GZIPOutputStream(buffer)) {
      gzip.write(bytes);
    }
    return buffer.size();
  }
}
