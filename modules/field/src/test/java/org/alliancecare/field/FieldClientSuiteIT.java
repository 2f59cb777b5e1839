package org.alliancecare.field;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Runs the field app's unit suite (src/test/resources/field-tests) in headless Chromium, with the
 * app's modules served as the WAR serves them (/field/…) by a JDK HTTP server on 127.0.0.1 (a
 * secure context, so WebCrypto and IndexedDB work), and no network beyond it: the suite replaces
 * the server by an injected fetch. Every test of the suite must pass; each failure is printed.
 */
class FieldClientSuiteIT {

  private static final Map<String, String> TYPES =
      Map.of(
          "html", "text/html; charset=utf-8",
          "js", "text/javascript; charset=utf-8",
          "css", "text/css; charset=utf-8",
          "webmanifest", "application/manifest+json",
          "png", "image/png");

  private static HttpServer server;
  private static Path profile;

  @BeforeAll
  static void serve() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/field/", exchange -> answer(exchange, "META-INF/resources/field/"));
    server.createContext("/field-tests/", exchange -> answer(exchange, "field-tests/"));
    server.start();
    profile = Files.createTempDirectory("field-suite-chromium-");
  }

  @AfterAll
  static void stop() throws IOException {
    server.stop(0);
    try (var files = Files.walk(profile)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  private static void answer(HttpExchange exchange, String root) throws IOException {
    String path = exchange.getRequestURI().getPath();
    String name = path.substring(path.indexOf('/', 1) + 1);
    if (name.isEmpty()) {
      name = "index.html";
    }
    try (exchange;
        InputStream in =
            name.contains("..")
                ? null
                : FieldClientSuiteIT.class.getClassLoader().getResourceAsStream(root + name)) {
      if (in == null) {
        exchange.sendResponseHeaders(404, -1);
        return;
      }
      byte[] body = in.readAllBytes();
      String extension = name.substring(name.lastIndexOf('.') + 1);
      exchange
          .getResponseHeaders()
          .set("Content-Type", TYPES.getOrDefault(extension, "application/octet-stream"));
      exchange.getResponseHeaders().set("Cache-Control", "no-store");
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  @Test
  void everyTestOfTheClientSuitePasses() {
    System.setProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--no-first-run",
        "--disable-component-update",
        "--disable-sync",
        "--user-data-dir=" + profile);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File("/usr/bin/chromedriver"))
            .usingAnyFreePort()
            .build();
    WebDriver driver = new ChromeDriver(service, options);
    try {
      int port = server.getAddress().getPort();
      driver.get("http://127.0.0.1:" + port + "/field-tests/index.html");
      JavascriptExecutor js = (JavascriptExecutor) driver;
      new WebDriverWait(driver, Duration.ofMinutes(3))
          .until(d -> js.executeScript("return window.fieldTestResults || null") != null);
      @SuppressWarnings("unchecked")
      Map<String, Object> results =
          (Map<String, Object>) js.executeScript("return window.fieldTestResults");
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> tests = (List<Map<String, Object>>) results.get("tests");
      tests.forEach(
          t ->
              System.out.println(
                  (Boolean.TRUE.equals(t.get("ok")) ? "[field suite] PASS " : "[field suite] FAIL ")
                      + t.get("name")
                      + (Boolean.TRUE.equals(t.get("ok")) ? "" : "\n    " + t.get("error"))));
      List<String> failures =
          tests.stream()
              .filter(t -> !Boolean.TRUE.equals(t.get("ok")))
              .map(t -> t.get("name") + ": " + t.get("error"))
              .toList();
      assertThat(failures).as("failed tests of the field client suite").isEmpty();
      assertThat(tests).as("the suite ran its tests").hasSizeGreaterThan(30);
    } finally {
      driver.quit();
      service.stop();
    }
  }
}
