package org.alliancecare.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven through Debian's chromedriver (named explicitly, so Selenium
 * Manager never downloads a browser or a driver), with a fresh profile, in one language. It times
 * every page it loads (from the request to the browser's load event), keeps screenshots under
 * {@code target/screenshots/} and checks every page it sees for unmasked identity numbers.
 */
final class Browser implements AutoCloseable {

  static final String CHROMIUM = "/usr/bin/chromium";
  static final String CHROMEDRIVER = "/usr/bin/chromedriver";

  /** 18 characters of a resident identity number in full: 17 digits and a digit or X. */
  private static final Pattern FULL_IDENTITY_NUMBER =
      Pattern.compile("(?<![0-9])[0-9]{17}[0-9X](?![0-9A-Za-z])");

  private final URI base;
  private final String journey;
  private final Path profile;
  private final ChromeDriverService service;
  private final WebDriver driver;
  private final WebDriverWait wait;
  private final List<Timing> timings = new ArrayList<>();
  private final List<String> secrets = new ArrayList<>();
  private int shots;

  /** How long one page took: from the request to the browser's load event. */
  record Timing(String page, long millis) {}

  private Browser(URI base, String journey, String language) {
    this.base = base;
    this.journey = journey;
    try {
      this.profile = Files.createTempDirectory("alliancecare-chromium-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
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
        "--window-size=1280,1000",
        "--lang=" + language,
        "--user-data-dir=" + profile);
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
    LoggingPreferences logging = new LoggingPreferences();
    logging.enable(LogType.BROWSER, Level.SEVERE);
    options.setCapability(ChromeOptions.LOGGING_PREFS, logging);
    service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(CHROMEDRIVER))
            .usingAnyFreePort()
            .build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    wait = new WebDriverWait(driver, Duration.ofSeconds(30));
  }

  /** A browser whose preferred language is {@code language} (e.g. {@code en}, {@code zh-CN}). */
  static Browser open(URI base, String journey, String language) {
    return new Browser(base, journey, language);
  }

  /** Loads a page of the application by its path and waits until it has loaded. */
  void visit(String path) {
    long began = System.nanoTime();
    driver.get(base.resolve(path).toString());
    record(path, began);
  }

  /** Clicks something that loads another page (a link, a form's button) and waits for it. */
  void clickThrough(By target) {
    WebElement page = driver.findElement(By.tagName("html"));
    long began = System.nanoTime();
    driver.findElement(target).click();
    awaitReplaced(page);
    awaitLoaded();
    record(currentPath(), began);
  }

  /** Presses Enter in a field: the form's default button submits it. */
  void submitWithEnter(By field) {
    WebElement page = driver.findElement(By.tagName("html"));
    long began = System.nanoTime();
    driver.findElement(field).sendKeys("\n");
    awaitReplaced(page);
    awaitLoaded();
    record(currentPath(), began);
  }

  /**
   * Waits until the document that {@code page} belongs to has been replaced. Chromium answers a
   * question about an element of a document it is leaving either as a stale element or, during the
   * switch, with "Node with given id does not belong to the document": both mean the page is gone.
   */
  private void awaitReplaced(WebElement page) {
    wait.until(
        d -> {
          try {
            page.isEnabled();
            return false;
          } catch (StaleElementReferenceException gone) {
            return true;
          } catch (WebDriverException switching) {
            return String.valueOf(switching.getMessage())
                .contains("does not belong to the document");
          }
        });
  }

  private void awaitLoaded() {
    wait.until(
        d ->
            "complete"
                .equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
  }

  private void record(String page, long began) {
    long wallClock = Duration.ofNanos(System.nanoTime() - began).toMillis();
    Object navigation =
        ((JavascriptExecutor) driver)
            .executeScript(
                "const n = performance.getEntriesByType('navigation')[0];"
                    + " return n ? Math.round(n.loadEventEnd - n.startTime) : null;");
    long millis = navigation instanceof Number n && n.longValue() > 0 ? n.longValue() : wallClock;
    timings.add(new Timing(page, millis));
    assertNoFullIdentityNumber();
  }

  void signIn(String username, String password) {
    visit("/");
    assertThat(currentPath()).isEqualTo("/signin.xhtml");
    type(By.id("signin:username"), username);
    type(By.id("signin:password"), password);
    clickThrough(By.id("signin:submit"));
  }

  void type(By field, String text) {
    WebElement input = driver.findElement(field);
    input.clear();
    input.sendKeys(text);
  }

  void choose(By select, String visibleText) {
    new Select(driver.findElement(select)).selectByVisibleText(visibleText);
  }

  void chooseValue(By select, String value) {
    new Select(driver.findElement(select)).selectByValue(value);
  }

  void chooseContaining(By select, String part) {
    Select menu = new Select(driver.findElement(select));
    WebElement option =
        menu.getOptions().stream()
            .filter(o -> o.getText().contains(part))
            .findFirst()
            .orElseThrow(
                () -> new AssertionError("no option containing " + part + " in " + select));
    menu.selectByVisibleText(option.getText());
  }

  /**
   * Selects a radio button or ticks a check box as a keyboard user does, with Space on it, and
   * waits until it is selected. Selenium's {@code click()} on such an input leaves it unselected in
   * Debian's Chromium 150 with its chromedriver (seen on the registration's sex and the screening's
   * kind: the click reaches the input, which stays unselected), so the journeys use the keyboard.
   */
  void pick(By control) {
    WebElement input = driver.findElement(control);
    if (!input.isSelected()) {
      input.sendKeys(Keys.SPACE);
    }
    wait.until(d -> d.findElement(control).isSelected());
  }

  /** {@link #pick} a control whose change updates part of the page by Ajax, then awaits it. */
  void pickInPlace(By control) {
    pick(control);
    awaitAjax();
  }

  /** Clicks something that changes part of the page by Ajax, then waits until the page is idle. */
  void clickInPlace(By target) {
    driver.findElement(target).click();
    awaitAjax();
  }

  /**
   * Waits until no jQuery (PrimeFaces) request is running; Faces' own Ajax is awaited by the
   * caller.
   */
  void awaitAjax() {
    wait.until(
        d ->
            Boolean.TRUE.equals(
                ((JavascriptExecutor) d)
                    .executeScript("return !window.jQuery || jQuery.active === 0;")));
  }

  /** Waits until {@code target} shows {@code text}. */
  void awaitText(By target, String text) {
    wait.until(ExpectedConditions.textToBePresentInElementLocated(target, text));
  }

  void awaitVisible(By target) {
    wait.until(ExpectedConditions.visibilityOfElementLocated(target));
  }

  String text(By target) {
    return driver.findElement(target).getText();
  }

  List<String> texts(By target) {
    return driver.findElements(target).stream().map(WebElement::getText).toList();
  }

  boolean present(By target) {
    return !driver.findElements(target).isEmpty();
  }

  String bodyText() {
    return driver.findElement(By.tagName("body")).getText();
  }

  String source() {
    return driver.getPageSource();
  }

  WebDriver driver() {
    return driver;
  }

  /** The path and query of the current page, e.g. {@code /app/records/patient.xhtml?id=…}. */
  String currentPath() {
    URI current = URI.create(driver.getCurrentUrl());
    return current.getRawPath()
        + (current.getRawQuery() == null ? "" : "?" + current.getRawQuery());
  }

  /** A parameter of the current page's address. */
  String parameter(String name) {
    String query = URI.create(driver.getCurrentUrl()).getRawQuery();
    if (query != null) {
      for (String pair : query.split("&")) {
        if (pair.startsWith(name + "=")) {
          return pair.substring(name.length() + 1);
        }
      }
    }
    throw new AssertionError("no " + name + " in " + driver.getCurrentUrl());
  }

  /** An identity number that this journey knows in full and that no page may ever show. */
  void neverShow(String identityNumber) {
    secrets.add(identityNumber);
  }

  /**
   * No page may show a full identity number, only masked ones ({@code 652922********123X}): the
   * page's source never contains one that the journey knows, and its text no 18-character number.
   */
  void assertNoFullIdentityNumber() {
    String html = driver.getPageSource();
    for (String secret : secrets) {
      assertThat(html).as("the page source of %s", currentPath()).doesNotContain(secret);
    }
    Matcher found = FULL_IDENTITY_NUMBER.matcher(bodyText());
    assertThat(found.find()).as("an unmasked identity number on %s", currentPath()).isFalse();
  }

  /**
   * Saves a screenshot as {@code target/screenshots/<journey>-<nn>-<name>.png}; a journey named
   * {@code ug/doctor} keeps its screenshots in {@code target/screenshots/ug/}.
   */
  Path screenshot(String name) {
    Path folder = Path.of(System.getProperty("basedir", "."), "target", "screenshots");
    try {
      Path file =
          folder.resolve(String.format(Locale.ROOT, "%s-%02d-%s.png", journey, ++shots, name));
      Files.createDirectories(file.getParent());
      File taken = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
      Files.copy(taken.toPath(), file, StandardCopyOption.REPLACE_EXISTING);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The console errors (severe entries of the browser's log: script errors, resources that failed
   * to load) since the last call.
   */
  List<String> consoleErrors() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
        .map(LogEntry::getMessage)
        .toList();
  }

  /**
   * Lays pages out as a screen {@code width} CSS pixels wide; below 800 as a phone does (touch, the
   * viewport meta tag applies), through Chromium's device emulation.
   */
  void emulateWidth(int width, int height) {
    ((ChromeDriver) driver)
        .executeCdpCommand(
            "Emulation.setDeviceMetricsOverride",
            Map.of(
                "width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 800));
  }

  List<Timing> timings() {
    return List.copyOf(timings);
  }

  /** Prints the page load times of the journey and answers the slowest. */
  long reportTimings() {
    System.out.println("[page timings] " + journey + " (ms, request to load event):");
    timings.forEach(
        t -> System.out.printf(Locale.ROOT, "[page timings]   %5d  %s%n", t.millis(), t.page()));
    long[] sorted = timings.stream().mapToLong(Timing::millis).sorted().toArray();
    long median = sorted.length == 0 ? 0 : sorted[sorted.length / 2];
    long slowest = timings.stream().map(Timing::millis).max(Comparator.naturalOrder()).orElse(0L);
    System.out.printf(
        Locale.ROOT,
        "[page timings] %s: %d pages, median %d ms, slowest %d ms%n",
        journey,
        sorted.length,
        median,
        slowest);
    return median;
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      service.stop();
      deleteProfile();
    }
  }

  private void deleteProfile() {
    try (var files = Files.walk(profile)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
