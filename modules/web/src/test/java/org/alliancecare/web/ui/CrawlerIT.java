package org.alliancecare.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.alliancecare.testing.Api;
import org.alliancecare.testing.ApiResponse;
import org.alliancecare.testing.DemoAccounts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;

/**
 * The crawler: signs in as every demo role (docs/demo-accounts.md), in every language the
 * application serves, and visits every page the role's menu reaches, every link on those pages a
 * few levels deep, and the pages of a child, a screening, a referral, a case and a clinic that it
 * makes through the API first (the pages a search or a form leads to). Every page is loaded 1366
 * CSS pixels wide and then narrowed to 360 (Chromium's phone emulation), every link found is
 * fetched with the browser's session, and it fails on:
 *
 * <ul>
 *   <li><b>http</b>: an HTTP error (the page's navigation status, and a GET of every link found);
 *   <li><b>console</b>: a console error (a script error, a resource that failed to load);
 *   <li><b>sideways-scroll</b>: a page wider than the screen (it names the widest elements);
 *   <li><b>cramped</b>: a heading, label, button or link that shows about one character a line or
 *       lies outside the screen (and not in a box that scrolls), a chart less than 220 px tall;
 *   <li><b>internal-name</b>: a visible bundle key ({@code ???key???}, {@code screening.title}), an
 *       internal path ({@code measurements.}, {@code java.}), a component id ({@code form:field}),
 *       an enum constant ({@code PURE_TONE}) or a property name ({@code startsOn});
 *   <li><b>language</b>: the page's {@code lang} is not the language asked for, or it shows text in
 *       the other language's script: Latin words on a Chinese page, Chinese characters on an
 *       English one. Names are not translated: text inside {@code translate="no"} or another {@code
 *       lang} is left alone, and so are names and free text stored as written (accounts,
 *       practitioners, children, guardians, clinics' titles and venues), codes (anything with a
 *       digit, upper-case abbreviations of up to four letters), units, time-zone ids and the
 *       product's name ({@link #LATIN_ALLOWED});
 *   <li><b>axe</b>: an accessibility violation that axe-core rates serious or critical (once per
 *       page and language, at the desktop width).
 * </ul>
 *
 * <p>It shares the one started application, uses one browser per role and language, and keeps a
 * screenshot of every page at both widths in {@code target/crawler/}, beside {@code report.txt}:
 * the counts and every finding, grouped by page and check.
 */
class CrawlerIT {

  /** One demo account per role. */
  private static final List<String> ROLES =
      List.of(
          DemoAccounts.DOCTOR_WENSU,
          DemoAccounts.LEAD_PED,
          DemoAccounts.COORDINATOR,
          DemoAccounts.AUDITOR_WENSU);

  /** The languages the application serves, as a browser asks for them. */
  private static final List<String> LANGUAGES = List.of("zh-CN", "en");

  /**
   * The roles and languages of this run: all of them, unless {@code -Dcrawler.roles=doctor.wensu}
   * or {@code -Dcrawler.languages=zh-CN} (comma-separated) narrow a run while working on the pages.
   */
  private final List<String> roles = chosen("crawler.roles", ROLES);

  private final List<String> languages = chosen("crawler.languages", LANGUAGES);

  private static List<String> chosen(String property, List<String> all) {
    String value = System.getProperty(property, "").trim();
    return value.isEmpty()
        ? all
        : all.stream().filter(List.of(value.split("\\s*,\\s*"))::contains).toList();
  }

  private static final int DESKTOP = 1366;
  private static final int PHONE = 360;

  /** How many links deep from the menu, and how many pages of one kind (path and parameters). */
  private static final int DEPTH = 3;

  private static final int PER_KIND = 1;
  private static final int PAGES_PER_ROLE = 60;

  /** Words in Latin letters that belong on a Chinese page: the product, units, standards. */
  static final Set<String> LATIN_ALLOWED =
      Set.of(
          "AllianceCare",
          "dB",
          "HL",
          "Hz",
          "kHz",
          "logMAR",
          "LogMAR",
          "ICD",
          "WHO",
          "GB",
          "PTA",
          "OAE",
          "AABR",
          "ABR",
          "ASSR",
          "CSV",
          "UTC",
          "GMT",
          "ID",
          "iCalendar",
          "ICS",
          "Snellen",
          "SHA");

  /** Names that the pages give as examples (the registration form's hint for a Uyghur name). */
  static final Set<String> EXAMPLE_NAMES = Set.of("古丽米热·买买提");

  /** A referral's reason, as the crawler's doctor writes it. */
  private static final String REASON = "听力筛查未通过，请做听力学诊断";

  /** Property names that are also words of the interface (not internal names). */
  private static final Set<String> CAMEL_ALLOWED = Set.of("logMAR", "iCalendar", "iPhone", "dB");

  private static final Pattern MISSING_KEY = Pattern.compile("\\?\\?\\?\\S*?\\?\\?\\?");
  private static final Pattern DOTTED =
      Pattern.compile("(?<![\\w.@/-])[a-z][A-Za-z0-9]*(?:\\.[A-Za-z][A-Za-z0-9]*)+(?![\\w@/-])");
  private static final Set<String> INTERNAL_PREFIXES =
      Set.of("measurements", "java", "javax", "jakarta", "org", "com", "sun", "jdk");
  private static final Pattern COMPONENT_ID =
      Pattern.compile("(?<![\\w:/.-])[a-z][A-Za-z0-9_-]*(?::[a-z][A-Za-z0-9_-]*)+(?![\\w:/])");
  private static final Pattern ENUM_NAME =
      Pattern.compile("(?<![\\w-])[A-Z][A-Z]*(?:_[A-Z]+)+(?![\\w-])");
  private static final Pattern CAMEL_CASE =
      Pattern.compile("(?<![\\w.@/-])[a-z]+[A-Z][A-Za-z]*(?![\\w.@/-])");

  private static final Pattern URL = Pattern.compile("\\b[a-z]+://\\S+");
  private static final Pattern EMAIL = Pattern.compile("\\S+@\\S+");
  private static final Pattern ZONE_ID =
      Pattern.compile("\\b(?:Asia|Europe|America|Africa|Australia|Pacific|Etc)/[A-Za-z_/+-]+");
  private static final Pattern USERNAME = Pattern.compile("\\b[a-z][a-z0-9_-]*(?:\\.[a-z0-9_-]+)+");
  private static final Pattern FILE_EXTENSION =
      Pattern.compile("(?<![\\w.])\\.[A-Za-z0-9]{2,4}\\b");
  private static final Pattern CODE_IN_PARENTHESES = Pattern.compile("[(（][A-Z][A-Z0-9_]+[)）]");
  private static final Pattern CODE_WITH_DIGIT =
      Pattern.compile("[A-Za-z0-9_/.-]*\\d[A-Za-z0-9_/.-]*");
  private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z][A-Za-z'’]+");
  private static final Pattern ABBREVIATION = Pattern.compile("[A-Z]{2,4}");
  private static final Pattern HAN = Pattern.compile("[\\p{IsHan}]+");

  /**
   * What the browser shows on a page: its status, language, width, links, and every visible text
   * with its language and whether it is a name (translate="no") or code.
   */
  private static final String LOOK =
      """
      const nav = performance.getEntriesByType('navigation')[0];
      const root = document.documentElement;
      const cw = root.clientWidth;
      const sw = Math.max(root.scrollWidth, document.body ? document.body.scrollWidth : 0);
      const describe = el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
          + (typeof el.className === 'string' && el.className.trim()
              ? '.' + el.className.trim().split(/\\s+/).slice(0, 3).join('.') : '');
      const wide = [];
      if (sw > cw) {
        for (const el of document.body.querySelectorAll('*')) {
          const r = el.getBoundingClientRect();
          const p = el.parentElement;
          if (r.width > 0 && r.right > cw + 1 && p && p.getBoundingClientRect().right <= cw + 1) {
            wide.push(describe(el) + ' in ' + describe(p) + ' (' + Math.round(r.left) + '..'
                + Math.round(r.right) + ' px)');
            if (wide.length >= 6) break;
          }
        }
      }
      const cramped = [];
      const scrolledAside = el => {
        for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
          if (['auto', 'scroll'].includes(getComputedStyle(a).overflowX)) return true;
        }
        return false;
      };
      const visibleBox = el => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
      for (const el of document.body.querySelectorAll('th,label,button,a,legend,dt,h1,h2,h3,.fc-button')) {
        const text = (el.innerText || '').replace(/\\s+/g, '');
        if (text.length < 2 || !visibleBox(el) || scrolledAside(el)) continue;
        const r = el.getBoundingClientRect();
        const em = parseFloat(getComputedStyle(el).fontSize) || 16;
        const lines = r.height / (em * 1.2);
        if (r.width < 1.9 * em && lines >= 1.9 && text.length >= 2) {
          cramped.push(describe(el) + ' "' + text.slice(0, 12) + '" shows about one character a line ('
              + Math.round(r.width) + '×' + Math.round(r.height) + ' px)');
        } else if (r.width > 0 && (r.right > cw + 1 || r.left < -1)) {
          cramped.push(describe(el) + ' "' + text.slice(0, 12) + '" lies outside the screen ('
              + Math.round(r.left) + '..' + Math.round(r.right) + ' px of ' + cw + ')');
        }
        if (cramped.length >= 8) break;
      }
      for (const canvas of document.querySelectorAll('.ui-chart canvas, canvas')) {
        const r = canvas.getBoundingClientRect();
        if (visibleBox(canvas) && r.height < 220) {
          cramped.push(describe(canvas.parentElement) + ' chart is ' + Math.round(r.height)
              + ' px tall (at least 220)');
        }
      }
      const visible = el => {
        if (!el || !el.isConnected) return false;
        const s = getComputedStyle(el);
        return s.display !== 'none' && s.visibility !== 'hidden' && el.getClientRects().length > 0;
      };
      const texts = [];
      const add = (text, el) => {
        const t = (text || '').replace(/\\s+/g, ' ').trim();
        if (!t) return;
        const l = el.closest('[lang]');
        texts.push({text: t, lang: l ? l.getAttribute('lang') : '',
            name: !!el.closest('[translate="no"]'), code: !!el.closest('code,pre,kbd,samp')});
      };
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const el = n.parentElement;
        if (!el || el.closest('script,style,noscript,template')) continue;
        const option = el.closest('option,optgroup');
        if (option ? visible(option.closest('select')) : visible(el)) add(n.nodeValue, el);
      }
      for (const el of document.querySelectorAll(
          'input[type=submit],input[type=button],input[type=reset],[placeholder],[aria-label],[title],img[alt]')) {
        if (el.tagName === 'TITLE' || !(visible(el) || el.matches('[aria-label]'))) continue;
        if (el.matches('input[type=submit],input[type=button],input[type=reset]')) add(el.value, el);
        for (const a of ['placeholder', 'aria-label', 'title', 'alt']) {
          if (el.hasAttribute(a)) add(el.getAttribute(a), el);
        }
      }
      add(document.title, root);
      const icon = document.querySelector('link[rel~="icon"]');
      const links = [];
      for (const a of document.querySelectorAll('a[href]')) {
        if (a.hasAttribute('download')) continue;
        links.push(a.href);
      }
      return {status: nav && nav.responseStatus ? nav.responseStatus : 0, lang: root.lang,
          icon: icon ? icon.href : location.origin + '/favicon.ico', scrollWidth: sw, clientWidth: cw, wide: wide, cramped: cramped, texts: texts, links: links,
          path: location.pathname + location.search};
      """;

  private final Map<String, Map<String, Map<String, Set<String>>>> findings = new TreeMap<>();
  private final Set<String> pagesSeen = new TreeSet<>();
  private final Set<String> linksSeen = new TreeSet<>();
  private int pageVisits;
  private int linkFetches;
  private int checks;
  private final Set<String> axeChecked = new TreeSet<>();
  private final Set<String> bundleKeys = new TreeSet<>();
  private final Set<String> names = new TreeSet<>();
  private List<String> namesLongestFirst = List.of();
  private final Path artefacts =
      Path.of(System.getProperty("basedir", "."), "target", "crawler").toAbsolutePath();

  @Test
  void every_page_of_every_role_works_in_every_language_on_a_desktop_and_on_a_phone()
      throws IOException {
    long began = System.nanoTime();
    UiFixture fixture = UiFixture.shared();
    Files.createDirectories(artefacts);
    loadBundleKeys();
    Map<String, List<String>> entries = seed(fixture);
    knownNames(fixture);

    for (String language : languages) {
      try (Browser browser = Browser.open(fixture.base(), "crawler", language)) {
        crawl(browser, fixture.base(), "anonymous", language, List.of("/signin.xhtml"), 0);
      }
      for (String role : roles) {
        try (Browser browser = Browser.open(fixture.base(), "crawler", language)) {
          browser.signIn(role, DemoAccounts.password(role));
          List<String> start = new ArrayList<>();
          start.add("/app/home.xhtml");
          start.addAll(entries.getOrDefault(role, List.of()));
          crawl(browser, fixture.base(), role, language, start, DEPTH);
        }
      }
    }

    String report = report(Duration.ofNanos(System.nanoTime() - began));
    Files.writeString(artefacts.resolve("report.txt"), report, StandardCharsets.UTF_8);
    System.out.println(report);
    assertThat(findings).as(report).isEmpty();
  }

  // ---------------------------------------------------------------------------------------------
  // Crawling

  private void crawl(
      Browser browser, URI base, String role, String language, List<String> start, int depth) {
    Deque<Map.Entry<String, Integer>> queue = new ArrayDeque<>();
    Set<String> queued = new LinkedHashSet<>();
    Map<String, Integer> perKind = new HashMap<>();
    for (String path : start) {
      if (queued.add(path)) {
        queue.add(Map.entry(path, 0));
      }
    }
    HttpClient http =
        HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    int visited = 0;
    browser.consoleErrors();
    while (!queue.isEmpty() && visited < PAGES_PER_ROLE) {
      Map.Entry<String, Integer> next = queue.poll();
      String path = next.getKey();
      String kind = kind(path);
      if (perKind.merge(kind, 1, Integer::sum) > PER_KIND) {
        continue;
      }
      visited++;
      List<String> links = new ArrayList<>();
      for (int width : List.of(DESKTOP, PHONE)) {
        Map<String, Object> look = visit(browser, base, path, width, role, language);
        if (width == DESKTOP && look != null) {
          @SuppressWarnings("unchecked")
          List<String> found = (List<String>) look.get("links");
          links.addAll(found);
          URI icon = URI.create((String) look.get("icon"));
          if (base.getAuthority().equals(icon.getRawAuthority())
              && linksSeen.add(icon.getRawPath())) {
            fetch(http, browser, base, icon.getRawPath(), kind(path), role, language);
          }
        }
      }
      for (String href : links) {
        String link = sameOriginPage(base, href);
        if (link == null) {
          continue;
        }
        String context = role + " " + language;
        if (linksSeen.add(context + " " + link)) {
          fetch(http, browser, base, link, kind(path), role, language);
        }
        if (next.getValue() < depth && queued.add(link)) {
          queue.add(Map.entry(link, next.getValue() + 1));
        }
      }
    }
  }

  /** The kind of a page: its path and the names of its parameters. */
  private static String kind(String path) {
    URI uri = URI.create(path);
    String query = uri.getRawQuery();
    if (query == null) {
      return uri.getRawPath();
    }
    return uri.getRawPath()
        + "?"
        + java.util.Arrays.stream(query.split("&"))
            .map(p -> p.replaceAll("=.*", "=…"))
            .sorted()
            .collect(Collectors.joining("&"));
  }

  /**
   * A link's path and query if it is a page of the application (not a download, not the API, not
   * another site); null otherwise.
   */
  private static String sameOriginPage(URI base, String href) {
    URI uri;
    try {
      uri = URI.create(href);
    } catch (IllegalArgumentException e) {
      return null;
    }
    if (uri.getScheme() == null
        || !uri.getScheme().startsWith("http")
        || !base.getAuthority().equals(uri.getRawAuthority())
        || uri.getRawPath() == null
        || !uri.getRawPath().startsWith("/app/")
        || !uri.getRawPath().endsWith(".xhtml")
        || uri.getRawPath().contains("signout")) {
      return null;
    }
    return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
  }

  /** A GET of a link with the browser's session: it must answer 200. */
  private void fetch(
      HttpClient http,
      Browser browser,
      URI base,
      String link,
      String onPage,
      String role,
      String language) {
    String cookies =
        browser.driver().manage().getCookies().stream()
            .map(c -> c.getName() + "=" + c.getValue())
            .collect(Collectors.joining("; "));
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(link))
            .timeout(Duration.ofSeconds(60))
            .header("Accept-Language", language)
            .header("Accept", "text/html");
    if (!cookies.isEmpty()) {
      request.header("Cookie", cookies);
    }
    linkFetches++;
    checks++;
    try {
      HttpResponse<Void> answer =
          http.send(request.build(), HttpResponse.BodyHandlers.discarding());
      if (answer.statusCode() != 200) {
        find(onPage, "http", "link " + link + " answers " + answer.statusCode(), role, language, 0);
      }
    } catch (IOException e) {
      find(onPage, "http", "link " + link + " fails: " + e, role, language, 0);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * Loads a page (at the desktop width; at the phone width the page loaded is narrowed), checks it
   * and answers what it found (null if it did not load).
   */
  private Map<String, Object> visit(
      Browser browser, URI base, String path, int width, String role, String language) {
    WebDriver driver = browser.driver();
    String kind = kind(path);
    browser.emulateWidth(width, width == PHONE ? 780 : 900);
    pageVisits++;
    pagesSeen.add(kind);
    try {
      if (width == DESKTOP) {
        driver.get(base.resolve(path).toString());
      }
      ((JavascriptExecutor) driver)
          .executeScript(
              "return new Promise(r => (window.jQuery ? jQuery(r) : r()))"
                  + ".then(() => new Promise(r => setTimeout(r, 200)));");
    } catch (RuntimeException e) {
      find(kind, "http", "did not load: " + e.getMessage(), role, language, width);
      return null;
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> look =
        (Map<String, Object>) ((JavascriptExecutor) driver).executeScript(LOOK);
    screenshot(driver, role, language, width, kind);

    checks++;
    long status = ((Number) look.get("status")).longValue();
    if (status >= 400) {
      find(kind, "http", "answers " + status, role, language, width);
    }
    String landed = (String) look.get("path");
    if (!role.equals("anonymous") && landed.startsWith("/signin")) {
      find(kind, "http", "sends a signed-in user to the sign-in page", role, language, width);
    }

    checks++;
    for (String error : browser.consoleErrors()) {
      find(kind, "console", error, role, language, width);
    }

    checks++;
    long scrollWidth = ((Number) look.get("scrollWidth")).longValue();
    long clientWidth = ((Number) look.get("clientWidth")).longValue();
    if (scrollWidth > clientWidth) {
      find(
          kind,
          "sideways-scroll",
          scrollWidth + " px wide on a " + clientWidth + " px screen: " + look.get("wide"),
          role,
          language,
          width);
    }

    checks++;
    @SuppressWarnings("unchecked")
    List<String> cramped = (List<String>) look.get("cramped");
    for (String squeezed : cramped) {
      find(kind, "cramped", squeezed, role, language, width);
    }

    checks++;
    String lang = String.valueOf(look.get("lang"));
    if (!lang.equalsIgnoreCase(language)) {
      find(
          kind,
          "language",
          "<html lang=\"" + lang + "\"> asked for " + language,
          role,
          language,
          width);
    }
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> texts = (List<Map<String, Object>>) look.get("texts");
    checks += 2;
    for (Map<String, Object> t : texts) {
      String text = (String) t.get("text");
      boolean code = Boolean.TRUE.equals(t.get("code"));
      boolean name = Boolean.TRUE.equals(t.get("name"));
      String textLang = String.valueOf(t.get("lang"));
      for (String internal : internalNames(text, code)) {
        find(
            kind,
            "internal-name",
            internal + " in \"" + abbreviate(text) + "\"",
            role,
            language,
            width);
      }
      if (!name && !code && (textLang.isEmpty() || sameLanguage(textLang, language))) {
        for (String foreign : foreignWords(text, language)) {
          find(
              kind,
              "language",
              foreign + " in \"" + abbreviate(text) + "\"",
              role,
              language,
              width);
        }
      }
    }

    if (width == DESKTOP && axeChecked.add(kind + " " + language)) {
      checks++;
      Results axe = new AxeBuilder().analyze(driver);
      if (axe.isErrored()) {
        find(kind, "axe", "axe-core did not run: " + axe.getErrorMessage(), role, language, width);
      }
      for (Rule rule : axe.getViolations()) {
        if (!Set.of("serious", "critical").contains(rule.getImpact())) {
          continue;
        }
        String where =
            rule.getNodes().stream()
                .limit(3)
                .map(CheckedNode::getTarget)
                .map(String::valueOf)
                .collect(Collectors.joining(", "));
        find(
            kind,
            "axe",
            rule.getImpact()
                + " "
                + rule.getId()
                + ": "
                + rule.getHelp()
                + " ("
                + rule.getNodes().size()
                + " elements: "
                + where
                + "; first: "
                + abbreviate(
                    String.valueOf(rule.getNodes().get(0).getFailureSummary())
                        .replaceAll("\\s+", " "))
                + ")",
            role,
            language,
            width);
      }
    }
    return look;
  }

  private static boolean sameLanguage(String a, String b) {
    return a.substring(0, 2).equalsIgnoreCase(b.substring(0, 2));
  }

  /** Bundle keys, internal paths, component ids, enum constants and property names in a text. */
  private List<String> internalNames(String text, boolean code) {
    List<String> found = new ArrayList<>();
    Matcher missing = MISSING_KEY.matcher(text);
    while (missing.find()) {
      found.add("missing bundle key " + missing.group());
    }
    if (code) {
      return found;
    }
    Matcher dotted = DOTTED.matcher(text);
    while (dotted.find()) {
      String token = dotted.group();
      if (bundleKeys.contains(token)) {
        found.add("bundle key " + token);
      } else if (INTERNAL_PREFIXES.contains(token.substring(0, token.indexOf('.')))) {
        found.add("internal path " + token);
      }
    }
    Matcher id = COMPONENT_ID.matcher(text);
    while (id.find()) {
      found.add("component id " + id.group());
    }
    Matcher constant = ENUM_NAME.matcher(text);
    while (constant.find()) {
      found.add("enum constant " + constant.group());
    }
    Matcher camel = CAMEL_CASE.matcher(text);
    while (camel.find()) {
      if (!CAMEL_ALLOWED.contains(camel.group()) && !names.contains(camel.group())) {
        found.add("property name " + camel.group());
      }
    }
    return found;
  }

  /** Words of a text in the other language's script than the page's. */
  private List<String> foreignWords(String text, String language) {
    String rest = text;
    // the longest first: a venue may be part of a clinic's title
    for (String name : namesLongestFirst) {
      if (rest.contains(name)) {
        rest = rest.replace(name, " ");
      }
    }
    List<String> found = new ArrayList<>();
    if (language.startsWith("zh")) {
      for (Pattern drop :
          List.of(
              URL,
              EMAIL,
              ZONE_ID,
              USERNAME,
              FILE_EXTENSION,
              CODE_IN_PARENTHESES,
              CODE_WITH_DIGIT)) {
        rest = drop.matcher(rest).replaceAll(" ");
      }
      Matcher word = LATIN_WORD.matcher(rest);
      while (word.find()) {
        String w = word.group();
        if (!LATIN_ALLOWED.contains(w) && !ABBREVIATION.matcher(w).matches()) {
          found.add("Latin word \"" + w + "\"");
        }
      }
    } else {
      Matcher han = HAN.matcher(rest);
      while (han.find()) {
        found.add("Chinese \"" + han.group() + "\"");
      }
    }
    return found;
  }

  private static String abbreviate(String text) {
    return text.length() <= 90 ? text : text.substring(0, 87) + "…";
  }

  private void find(
      String page, String check, String detail, String role, String language, int width) {
    findings
        .computeIfAbsent(page, p -> new TreeMap<>())
        .computeIfAbsent(check, c -> new TreeMap<>())
        .computeIfAbsent(detail, d -> new TreeSet<>())
        .add(role + " " + language + (width == 0 ? "" : " " + width));
  }

  private void screenshot(WebDriver driver, String role, String language, int width, String kind) {
    String name =
        String.format(
            Locale.ROOT,
            "%s-%s-%d-%03d-%s.png",
            role,
            language,
            width,
            pageVisits,
            kind.replaceAll("^/app/", "").replaceAll("[^A-Za-z0-9]+", "_"));
    try {
      Path taken = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
      Files.copy(taken, artefacts.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String report(Duration took) {
    int total =
        findings.values().stream().flatMap(c -> c.values().stream()).mapToInt(Map::size).sum();
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "[crawler] %d roles and anonymous × %d languages × widths %d and %d px: %d kinds of"
                + " page, %d page visits, %d links fetched, %d checks, %d findings, %d s%n",
            roles.size(),
            languages.size(),
            DESKTOP,
            PHONE,
            pagesSeen.size(),
            pageVisits,
            linkFetches,
            checks,
            total,
            took.toSeconds()));
    out.append("[crawler] pages: ").append(String.join(" ", pagesSeen)).append('\n');
    findings.forEach(
        (page, byCheck) -> {
          out.append("[crawler] ").append(page).append('\n');
          byCheck.forEach(
              (check, details) -> {
                out.append("[crawler]   ").append(check).append('\n');
                details.forEach(
                    (detail, where) ->
                        out.append("[crawler]     ")
                            .append(detail)
                            .append("  [")
                            .append(String.join(", ", where))
                            .append("]\n"));
              });
        });
    return out.toString();
  }

  // ---------------------------------------------------------------------------------------------
  // What the crawler needs: bundle keys, names, and pages that only a search or a form leads to

  private void loadBundleKeys() throws IOException {
    Path bundles =
        Path.of(
            System.getProperty("alliancecare.home", "../.."),
            "modules/web/src/main/resources/org/alliancecare/web/internal");
    for (String file : List.of("messages_en.properties", "messages_zh_CN.properties")) {
      Properties keys = new Properties();
      try (InputStream in = Files.newInputStream(bundles.resolve(file))) {
        keys.load(in);
      }
      keys.stringPropertyNames().stream().filter(k -> k.contains(".")).forEach(bundleKeys::add);
    }
  }

  /**
   * Names and free text stored as they were written (accounts' names and usernames, practitioners,
   * children and guardians in the demo jurisdictions, clinics' titles and venues, the crawler's
   * referral reason): never translated.
   */
  private void knownNames(UiFixture fixture) {
    for (JsonValue account :
        fixture.admin.get("/api/accounts?limit=500").json().getJsonArray("items")) {
      names.add(account.asJsonObject().getString("displayName", ""));
      names.add(account.asJsonObject().getString("username", ""));
    }
    for (JsonValue practitioner :
        fixture.admin.get("/api/practitioners?limit=500").json().getJsonArray("items")) {
      names.add(practitioner.asJsonObject().getString("name", ""));
    }
    Api coordinator = DemoAccounts.signIn(fixture.anonymous, DemoAccounts.COORDINATOR);
    String cursor = "";
    for (int page = 0; page < 40 && cursor != null; page++) {
      var found =
          coordinator
              .get(
                  "/api/patients?placeCode=652900&limit=500"
                      + (cursor.isEmpty() ? "" : "&cursor=" + cursor))
              .json();
      for (JsonValue patient : found.getJsonArray("items")) {
        names.add(patient.asJsonObject().getString("name", ""));
        for (JsonValue guardian : patient.asJsonObject().getJsonArray("guardians")) {
          names.add(guardian.asJsonObject().getString("name", ""));
          names.add(guardian.asJsonObject().getString("relationship", ""));
        }
      }
      cursor =
          !found.containsKey("nextCursor") || found.isNull("nextCursor")
              ? null
              : found.getString("nextCursor");
    }
    for (JsonValue clinic :
        coordinator
            .get(
                "/api/clinics?limit=500&from="
                    + UiFixture.today().minusYears(1)
                    + "&to="
                    + UiFixture.today().plusYears(1))
            .json()
            .getJsonArray("items")) {
      names.add(clinic.asJsonObject().getString("title", ""));
      names.add(clinic.asJsonObject().getString("venue", ""));
    }
    names.addAll(EXAMPLE_NAMES);
    names.add(REASON);
    names.remove("");
    namesLongestFirst =
        names.stream().sorted(Comparator.comparing(String::length).reversed()).toList();
  }

  /**
   * Makes the demo lead the paediatrics alliance's lead again, as the demonstration installs it:
   * the tests that share the application appoint leads of their own (one lead at a time), and the
   * crawler may run after them.
   */
  private static void leadsPaediatrics(Api coordinator, Api lead, String paediatrics) {
    String practitioner = lead.get("/api/me").json().getString("practitionerId");
    ApiResponse appointed =
        coordinator.post(
            "/api/alliances/" + paediatrics + "/members",
            """
            {"practitionerId": "%s", "role": "LEAD", "since": "%s"}"""
                .formatted(practitioner, UiFixture.today()));
    if (appointed.status() != 201) {
      assertThat(appointed.json().getString("type"))
          .as(appointed.toString())
          .isEqualTo("already-the-lead");
    }
  }

  /**
   * A child of Wensu with consent, a hearing screening that refers and a referral (by the Wensu
   * doctor), a program with a case (the coordinator) and a published clinic (the lead): answers the
   * pages of them that each role reaches from a search or a list.
   */
  private static Map<String, List<String>> seed(UiFixture fixture) {
    Api doctor = DemoAccounts.signIn(fixture.anonymous, DemoAccounts.DOCTOR_WENSU);
    Api coordinator = DemoAccounts.signIn(fixture.anonymous, DemoAccounts.COORDINATOR);
    Api lead = DemoAccounts.signIn(fixture.anonymous, DemoAccounts.LEAD_PED);
    leadsPaediatrics(coordinator, lead, fixture.allianceId("PED"));
    // as a doctor in Wensu writes it: the guardian's relationship in Chinese
    ApiResponse registered =
        doctor.post(
            "/api/patients",
            """
            {"name": "古丽米热·艾则孜", "sex": "FEMALE", "birthDate": "%s", "placeCode": "%s",
             "guardians": [{"name": "阿依古丽·买买提", "relationship": "母亲", "phone": "%s"}],
             "acknowledgeDuplicates": true}"""
                .formatted(
                    UiFixture.birthDateOfAChildOf(6),
                    UiFixture.JIAMU_TOWN,
                    "1399" + (1000000 + ThreadLocalRandom.current().nextInt(8999999))));
    created(registered);
    String child = registered.json().getString("id");
    // given yesterday: a consent of today is refused in the evening (UTC) until issue 13 item 0
    created(
        doctor.post(
            "/api/patients/" + child + "/consents",
            """
            {"guardianName": "阿依古丽·买买提", "relationship": "母亲",
             "scopes": ["SCREENING", "TREATMENT", "DATA_SHARING"], "givenOn": "%s"}"""
                .formatted(UiFixture.today().minusDays(1))));
    String screening = UiFixture.referringHearingScreening(doctor, child).getString("id");
    ApiResponse referred =
        doctor.post(
            "/api/referrals",
            """
            {"patientId": "%s", "source": {"kind": "SCREENING", "id": "%s"},
             "toOrganisationId": "%s", "specialty": "AUDIOLOGY", "urgency": "ROUTINE",
             "reason": "%s"}"""
                .formatted(child, screening, fixture.organisationId("AKS-H1"), REASON));
    created(referred);
    String referral = referred.json().getString("id");

    String program =
        "CRAWL_2026_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    created(
        coordinator.post(
            "/api/programs",
            """
            {"code": "%s", "nameZh": "启明行动（巡检）", "nameEn": "Qiming Action (crawl)",
             "eligibility": {"maxAgeExclusive": 18, "placeCodes": ["652900", "659002"],
                             "conditions": ["VISION", "HEARING", "SPEECH"]}}"""
                .formatted(program)));
    created(
        coordinator.post(
            "/api/programs/" + program + "/phases",
            """
            {"number": 1, "startsOn": "%s", "endsOn": "%s", "quota": 50}"""
                .formatted(UiFixture.today().minusMonths(1), UiFixture.today().plusYears(1))));
    ApiResponse opened =
        coordinator
            .withHeader("If-Match", "\"1\"")
            .post("/api/programs/" + program + "/phases/1/open", null);
    assertThat(opened.status()).as(opened.toString()).isEqualTo(200);
    ApiResponse enrolled =
        coordinator.post(
            "/api/cases",
            """
            {"patientId": "%s", "programCode": "%s", "conditions": ["HEARING"],
             "sourceScreeningId": "%s"}"""
                .formatted(child, program, screening));
    created(enrolled);
    String caseId = enrolled.json().getString("id");

    ApiResponse planned =
        lead.post(
            "/api/clinics",
            """
            {"title": "佳木镇儿童筛查义诊", "hostAllianceId": "%s", "joiningAllianceIds": [],
             "placeCode": "%s", "venue": "佳木镇卫生院", "date": "%s", "startTime": "09:00",
             "endTime": "12:00", "timeZone": "Asia/Shanghai",
             "services": ["VISION_SCREENING", "HEARING_SCREENING"], "capacity": 30}"""
                .formatted(
                    fixture.allianceId("PED"),
                    UiFixture.JIAMU_TOWN,
                    UiFixture.today().plusDays(9)));
    created(planned);
    String clinic = planned.json().getString("id");
    // a clinic of today that the Wensu doctor staffs: the screening form offers it by its long
    // title
    ApiResponse ofToday =
        lead.post(
            "/api/clinics",
            """
            {"title": "温宿县佳木镇中心小学儿童视力、听力与言语筛查义诊（第一批）",
             "hostAllianceId": "%s", "joiningAllianceIds": [], "placeCode": "%s",
             "venue": "佳木镇中心小学", "date": "%s", "startTime": "08:00", "endTime": "20:00",
             "timeZone": "Asia/Shanghai",
             "services": ["VISION_SCREENING", "HEARING_SCREENING", "SPEECH_SCREENING"],
             "capacity": 60}"""
                .formatted(fixture.allianceId("PED"), UiFixture.JIAMU_TOWN, UiFixture.today()));
    created(ofToday);
    ApiResponse staffed =
        lead.post(
            "/api/clinics/" + ofToday.json().getString("id") + "/staff",
            """
            {"practitionerId": "%s", "role": "DOCTOR"}"""
                .formatted(doctor.get("/api/me").json().getString("practitionerId")));
    // staffed already on a clinic of today (another test's) serves as well
    assertThat(staffed.status()).as(staffed.toString()).isIn(200, 201, 409);

    List<String> records =
        List.of(
            "/app/records/patient.xhtml?id=" + child,
            "/app/records/referral.xhtml?id=" + referral,
            "/app/records/case.xhtml?id=" + caseId);
    Map<String, List<String>> entries = new LinkedHashMap<>();
    List<String> forDoctor = new ArrayList<>(records);
    forDoctor.add("/app/doctor/screening.xhtml?patient=" + child);
    forDoctor.add("/app/care/referral-new.xhtml?screening=" + screening);
    forDoctor.add("/app/clinic.xhtml?id=" + clinic);
    entries.put(DemoAccounts.DOCTOR_WENSU, forDoctor);
    entries.put(
        DemoAccounts.LEAD_PED,
        List.of(
            "/app/clinic.xhtml?id=" + clinic,
            "/app/lead/clinic-edit.xhtml?id=" + clinic,
            "/app/lead/calendar.xhtml?on=" + UiFixture.today().plusDays(9)));
    List<String> forCoordinator = new ArrayList<>(records);
    forCoordinator.add("/app/coordinator/cases.xhtml?program=" + program);
    forCoordinator.add("/app/coordinator/program.xhtml?code=" + program);
    forCoordinator.add("/app/coordinator/indicators.xhtml?code=" + program);
    forCoordinator.add("/app/coordinator/enrol.xhtml?patient=" + child);
    forCoordinator.add("/app/clinic.xhtml?id=" + clinic);
    entries.put(DemoAccounts.COORDINATOR, forCoordinator);
    entries.put(
        DemoAccounts.AUDITOR_WENSU,
        List.of(
            "/app/audit/history.xhtml?patient=" + child,
            "/app/audit/access.xhtml?patient=" + child,
            "/app/records/patient.xhtml?id=" + child));
    return entries;
  }

  private static void created(ApiResponse response) {
    assertThat(response.status()).as(response.toString()).isEqualTo(201);
  }
}
