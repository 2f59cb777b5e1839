package org.alliancecare.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * Checks that hold for every response of the whole run, whatever the request: the security headers,
 * no stack trace, SQL or class name in a body, no identity number in full outside {@code
 * /national-id}. Violations are counted with the first few examples kept for the report; the values
 * the harness sent (names, identity numbers, tokens, passwords) are remembered for the log search.
 */
final class Traffic {

  /** A Java stack frame, an exception's class name, SQL, or a PostgreSQL error. */
  static final Pattern LEAK =
      Pattern.compile(
          "(\\bat [a-zA-Z_$][\\w$]*(\\.[\\w$]+)+\\([\\w$]*(\\.java:\\d+|Native Method|Unknown"
              + " Source)\\)"
              + "|\\b(java|javax|jakarta|org|com|fish|sun)\\.[a-z_][\\w]*(\\.[\\w$]+)*\\."
              + "[A-Z][\\w$]*(Exception|Error|Throwable)?\\b"
              + "|\\b(SELECT\\s.+\\sFROM|INSERT\\s+INTO|UPDATE\\s+\\w+\\s+SET|DELETE\\s+FROM)\\b"
              + "|\\bPSQLException\\b|\\bSQLSTATE\\b|\\bERROR:\\s+\\w|\\bcaused by\\b"
              + "|\\bNullPointerException\\b|\\bStackOverflowError\\b)",
          Pattern.CASE_INSENSITIVE);

  private static final AtomicLong RESPONSES = new AtomicLong();
  private static final AtomicLong SERVER_ERRORS = new AtomicLong();
  private static final AtomicLong OUTAGE_ERRORS = new AtomicLong();
  private static volatile boolean outage;
  private static final AtomicLong LEAKS = new AtomicLong();
  private static final AtomicLong MISSING_NOSNIFF = new AtomicLong();
  private static final AtomicLong MISSING_NO_STORE = new AtomicLong();
  private static final AtomicLong MISSING_CSP = new AtomicLong();
  private static final AtomicLong UNMASKED = new AtomicLong();
  private static final List<String> EXAMPLES = new ArrayList<>();
  private static final Set<String> IDENTITY_NUMBERS = ConcurrentHashMap.newKeySet();
  private static final Set<String> SENT_SECRETS = ConcurrentHashMap.newKeySet();

  private Traffic() {}

  /** An identity number the harness registered: it must never come back in full elsewhere. */
  static void identityNumber(String value) {
    IDENTITY_NUMBERS.add(value);
    sent(value);
  }

  /** A personal value or secret the harness sent (it must appear in no log line). */
  static void sent(String value) {
    if (value != null && value.length() >= 6) {
      SENT_SECRETS.add(value);
    }
  }

  static Set<String> sentValues() {
    return Set.copyOf(SENT_SECRETS);
  }

  static void inspect(String method, String path, Http.Answer answer) {
    RESPONSES.incrementAndGet();
    String body = answer.body() == null ? "" : answer.body();
    if (answer.status() >= 500 && outage) {
      OUTAGE_ERRORS.incrementAndGet();
    } else if (answer.status() >= 500) {
      SERVER_ERRORS.incrementAndGet();
      example("5xx " + method + " " + path + " → " + answer);
    }
    if (LEAK.matcher(body).find()) {
      LEAKS.incrementAndGet();
      example("leak " + method + " " + path + " → " + answer);
    }
    if (!answer.header("X-Content-Type-Options").map("nosniff"::equalsIgnoreCase).orElse(false)) {
      MISSING_NOSNIFF.incrementAndGet();
      example("no nosniff " + method + " " + path + " → " + answer);
    }
    String type = answer.header("Content-Type").orElse("");
    if (path.startsWith("/api")
        && !answer.header("Cache-Control").map(c -> c.contains("no-store")).orElse(false)) {
      MISSING_NO_STORE.incrementAndGet();
      example("no no-store " + method + " " + path + " → " + answer.status());
    }
    if (type.startsWith("text/html")
        && answer.header("Content-Security-Policy").map(String::isBlank).orElse(true)) {
      MISSING_CSP.incrementAndGet();
      example("no CSP " + method + " " + path + " → " + answer.status());
    }
    if (!path.endsWith("/national-id")) {
      for (String number : IDENTITY_NUMBERS) {
        if (body.contains(number)) {
          UNMASKED.incrementAndGet();
          example("unmasked " + method + " " + path);
          break;
        }
      }
    }
  }

  private static void example(String text) {
    synchronized (EXAMPLES) {
      if (EXAMPLES.size() < 20) {
        EXAMPLES.add(text.length() > 400 ? text.substring(0, 400) + "…" : text);
      }
    }
  }

  static long responses() {
    return RESPONSES.get();
  }

  /**
   * While a crash cycle has stopped the server or the database on purpose, 5xx answers are expected
   * (counted apart); every other check still holds.
   */
  static void outage(boolean on) {
    outage = on;
  }

  static boolean inOutage() {
    return outage;
  }

  static long outageErrors() {
    return OUTAGE_ERRORS.get();
  }

  static long serverErrors() {
    return SERVER_ERRORS.get();
  }

  static long leaks() {
    return LEAKS.get();
  }

  static long missingNosniff() {
    return MISSING_NOSNIFF.get();
  }

  static long missingNoStore() {
    return MISSING_NO_STORE.get();
  }

  static long missingCsp() {
    return MISSING_CSP.get();
  }

  static long unmasked() {
    return UNMASKED.get();
  }

  static List<String> examples() {
    synchronized (EXAMPLES) {
      return List.copyOf(EXAMPLES);
    }
  }
}
