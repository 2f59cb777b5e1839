package org.alliancecare.launcher;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.File;
import java.io.StringReader;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The doctor's phone: Debian's Chromium, headless, on a browser profile that outlives the browser
 * (closing it and opening it again on the same {@code profile} is what a doctor does when the
 * phone's battery dies), at a phone's width.
 */
final class FieldBrowser implements AutoCloseable {

  private final ChromeDriverService service;
  private final ChromeDriver driver;
  private final WebDriverWait wait;

  private FieldBrowser(Path profile, String language) {
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-quic",
        "--no-first-run",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=412,915",
        "--lang=" + language,
        "--user-data-dir=" + profile);
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
    service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File("/usr/bin/chromedriver"))
            .usingAnyFreePort()
            .build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    wait = new WebDriverWait(driver, Duration.ofSeconds(30));
  }

  static FieldBrowser open(Path profile, String language) {
    return new FieldBrowser(profile, language);
  }

  ChromeDriver driver() {
    return driver;
  }

  void visit(URI page) {
    driver.get(page.toString());
  }

  WebElement await(By target) {
    return wait.until(
        d ->
            d.findElements(target).stream()
                .filter(WebElement::isDisplayed)
                .findFirst()
                .orElse(null));
  }

  <T> T until(Function<WebDriver, T> condition) {
    return wait.until(condition::apply);
  }

  <T> T until(Duration limit, Function<WebDriver, T> condition) {
    return new WebDriverWait(driver, limit).until(condition::apply);
  }

  void click(By target) {
    await(target).click();
  }

  void type(By field, String text) {
    WebElement input = await(field);
    input.clear();
    input.sendKeys(text);
  }

  void choose(By select, String value) {
    new Select(await(select)).selectByValue(value);
  }

  String text(By target) {
    return await(target).getText();
  }

  /** Runs an async script: the last argument is the callback. */
  Object script(String asyncScript, Object... arguments) {
    return ((JavascriptExecutor) driver).executeAsyncScript(asyncScript, arguments);
  }

  Object run(String script, Object... arguments) {
    return ((JavascriptExecutor) driver).executeScript(script, arguments);
  }

  /** The field app's queue counts by state ({@code window.fieldApp.queueCounts()}). */
  Map<String, Long> queueCounts() {
    @SuppressWarnings("unchecked")
    Map<String, Long> counts =
        (Map<String, Long>)
            script(
                "const done = arguments[arguments.length - 1];"
                    + " window.fieldApp.queueCounts().then(done, () => done(null));");
    return counts;
  }

  /** The field app's queued items as it keeps them ({@code window.fieldApp.queueItems()}). */
  List<JsonObject> queueItems() {
    String json =
        (String)
            script(
                "const done = arguments[arguments.length - 1];"
                    + " window.fieldApp.queueItems().then(i => done(JSON.stringify(i)),"
                    + " () => done('[]'));");
    return Json.createReader(new StringReader(json)).readArray().stream()
        .map(JsonValue::asJsonObject)
        .toList();
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      service.stop();
    }
  }
}
