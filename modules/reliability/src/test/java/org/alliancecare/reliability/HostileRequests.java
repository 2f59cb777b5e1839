package org.alliancecare.reliability;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik generators of hostile requests for one write endpoint. Every request carries at least one
 * defect that the API must refuse (the poison: broken JSON, a wrong type, an unknown field, an
 * overflowing number, an invalid date or time zone, a huge or deeply nested body, a wrong content
 * type, a forged or revoked token, a hostile path id, a bad {@code If-Match}), so that no generated
 * request may change a row; most also carry hostile strings in other fields (right-to-left text,
 * combining marks, NUL, lone surrogates, SQL and script payloads) that pass through the parser.
 */
final class HostileRequests {

  enum Poison {
    BROKEN_JSON,
    WRONG_TYPE,
    UNKNOWN_FIELD,
    OVERFLOW,
    BAD_DATE,
    HUGE_BODY,
    DEEP_NESTING,
    WRONG_CONTENT_TYPE,
    BAD_TOKEN,
    BAD_PATH_ID,
    BAD_IF_MATCH
  }

  /** One write endpoint as /openapi documents it, with what the harness knows of it. */
  record Endpoint(
      String method,
      String template,
      JsonObject validBody,
      Map<String, String> pathValues,
      String token,
      boolean needsIfMatch,
      boolean bearerIgnored) {

    boolean hasBody() {
      return validBody != null;
    }

    Endpoint withToken(String fresh) {
      return new Endpoint(
          method, template, validBody, pathValues, fresh, needsIfMatch, bearerIgnored);
    }

    List<Poison> poisons() {
      List<Poison> poisons = new ArrayList<>();
      if (hasBody()) {
        poisons.addAll(
            List.of(
                Poison.BROKEN_JSON,
                Poison.WRONG_TYPE,
                Poison.UNKNOWN_FIELD,
                Poison.OVERFLOW,
                Poison.BAD_DATE,
                Poison.HUGE_BODY,
                Poison.DEEP_NESTING,
                Poison.WRONG_CONTENT_TYPE));
      }
      if (!bearerIgnored) {
        poisons.add(Poison.BAD_TOKEN);
      }
      if (!pathValues.isEmpty()) {
        poisons.add(Poison.BAD_PATH_ID);
      }
      if (needsIfMatch) {
        poisons.add(Poison.BAD_IF_MATCH);
      }
      return poisons;
    }
  }

  /** A generated request; a huge body is made only when sent. */
  record Request(
      Poison poison,
      String method,
      String path,
      String body,
      int hugePadding,
      String contentType,
      String authorization,
      String ifMatch,
      String idempotencyKey) {

    byte[] bytes() {
      if (body == null) {
        return null;
      }
      if (hugePadding > 0) {
        return (body.substring(0, body.length() - 1)
                + ", \"padding\": \""
                + "阿".repeat(hugePadding)
                + "\"}")
            .getBytes(StandardCharsets.UTF_8);
      }
      return body.getBytes(StandardCharsets.UTF_8);
    }
  }

  static final List<String> SQL =
      List.of(
          "' OR '1'='1",
          "'; DROP TABLE patients.patient; --",
          "\" OR 1=1 --",
          "1; SELECT pg_sleep(10)",
          "$$; DELETE FROM audit.journal_entry; $$",
          "' UNION SELECT password_hash FROM directory.account --",
          "\\'; COPY (SELECT 1) TO PROGRAM 'id'; --",
          "%' AND 1=(SELECT COUNT(*) FROM pg_tables) AND '%'='");

  static final List<String> SCRIPT =
      List.of(
          "<script>alert(1)</script>",
          "\"><img src=x onerror=alert(1)>",
          "javascript:alert(document.cookie)",
          "${jndi:ldap://127.0.0.1/a}",
          "#{7*7}${7*7}",
          "{{constructor.constructor('return 1')()}}",
          "<svg/onload=alert(1)>",
          "../../../../etc/passwd",
          "%s%s%s%n%x",
          "\r\nSet-Cookie: x=1");

  /** Raw JSON string literals, some with escapes that Java strings cannot carry as themselves. */
  static Arbitrary<String> hostileStringLiterals() {
    Arbitrary<String> rtl = Arbitraries.strings().withCharRange('\u0590', '\u06ff').ofLength(12);
    Arbitrary<String> combining =
        Arbitraries.strings()
            .withCharRange('a', 'z')
            .withCharRange('\u0300', '\u036f')
            .ofMinLength(1)
            .ofMaxLength(40);
    Arbitrary<String> controls =
        Arbitraries.strings()
            .withCharRange('\u0000', '\u001f')
            .withChars('\u007f', '\u200b', '\u200e', '\u202e', '\ufeff', '\uffff')
            .ofMinLength(1)
            .ofMaxLength(8);
    Arbitrary<String> any = Arbitraries.strings().all().ofMaxLength(30);
    Arbitrary<String> loneSurrogate =
        Arbitraries.of("\\ud800", "\\udfff", "x\\ud83d", "\\udc00y", "\\ud83d\\ud83d", "\\u0000");
    Arbitrary<String> longText = Arbitraries.integers().between(1_000, 60_000).map("阿"::repeat);
    Arbitrary<String> plain =
        Arbitraries.oneOf(
            rtl,
            combining,
            controls,
            any,
            Arbitraries.of(SQL),
            Arbitraries.of(SCRIPT),
            Arbitraries.of("", " ", "null", "NaN", "-0", "0x10", "１２３", "İ", "ß", "\u0130"),
            longText);
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(8, plain.map(HostileRequests::literal)),
        net.jqwik.api.Tuple.of(2, loneSurrogate.map(s -> "\"" + s + "\"")));
  }

  static String literal(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        default -> {
          if (c < 0x20 || Character.isSurrogate(c)) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  private static final List<String> BAD_DATES =
      List.of(
          "2026-02-30",
          "2026-13-01",
          "0000-00-00",
          "2026-1-1",
          "26-05-04",
          "2026/05/04",
          "2026-05-04T25:00:00Z",
          "2026-05-04T03:00:00+25:00",
          "2026-05-04T03:00:00[Mars/Base]",
          "yesterday",
          "9999999999-01-01",
          "2026-W19-1",
          "Mars/Base",
          "UTC+99:00",
          "Asia/Shanghai\u0000");

  private static final List<String> BAD_TOKENS =
      List.of(
          "Bearer " + "A".repeat(43),
          "Bearer " + UUID.randomUUID(),
          "Bearer ' OR '1'='1",
          "Bearer ",
          "Bearer",
          "Basic YWRtaW46YWRtaW4=",
          "bearer%00",
          "Bearer " + "x".repeat(8000),
          "Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJhZG1pbiJ9.",
          "Token abc");

  private static final List<String> BAD_CONTENT_TYPES =
      List.of(
          "text/plain",
          "application/xml",
          "application/x-www-form-urlencoded",
          "multipart/form-data; boundary=x",
          "text/html",
          "application/octet-stream",
          "image/png",
          "application/javascript");

  private static final List<String> BAD_PATH_IDS =
      List.of(
          UUID.randomUUID().toString(),
          "' OR '1'='1",
          "../../etc/passwd",
          "%00",
          "0",
          "-1",
          "99999999999999999999999",
          "null",
          "<script>",
          "x".repeat(3000),
          "阿克苏",
          "\u202e",
          "00000000-0000-0000-0000-000000000000",
          "1;DROP TABLE x");

  private static final List<String> BAD_IF_MATCH =
      List.of(
          "\"999999\"",
          "\"-1\"",
          "\"99999999999999999999\"",
          "\"abc\"",
          "garbage",
          "\"\"",
          "W/\"abc\"",
          "\"1\", \"2\", \"3\"" + ", \"x\"".repeat(200),
          "\"1e3\"");

  private static final List<String> OVERFLOWS =
      List.of(
          "1e400",
          "-1e400",
          "9223372036854775808",
          "-9223372036854775809",
          "2147483648",
          "1" + "0".repeat(400),
          "1e-400",
          "0.0000000000000000000000000000000000001e-330",
          "123456789012345678901234567890.5");

  private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");

  private final Endpoint endpoint;
  private final String revokedToken;

  HostileRequests(Endpoint endpoint, String revokedToken) {
    this.endpoint = endpoint;
    this.revokedToken = revokedToken;
  }

  Arbitrary<Request> requests() {
    // a huge body costs a megabyte on the wire: one in a hundred or so is enough
    List<net.jqwik.api.Tuple.Tuple2<Integer, Poison>> weights = new ArrayList<>();
    for (Poison p : endpoint.poisons()) {
      weights.add(net.jqwik.api.Tuple.of(p == Poison.HUGE_BODY ? 1 : 10, p));
    }
    Arbitrary<Poison> poison = Arbitraries.frequency(weights);
    Arbitrary<List<String>> garnish = hostileStringLiterals().list().ofMaxSize(4);
    Arbitrary<Integer> choice = Arbitraries.integers().between(0, 1_000_000);
    return Combinators.combine(poison, garnish, choice, choice).as(this::request);
  }

  private Request request(Poison poison, List<String> garnish, int a, int b) {
    Map<String, String> fields = new LinkedHashMap<>();
    if (endpoint.hasBody()) {
      endpoint.validBody().forEach((name, value) -> fields.put(name, value.toString()));
      List<String> strings = fieldsOfType(JsonValue.ValueType.STRING);
      for (int i = 0; i < garnish.size() && !strings.isEmpty(); i++) {
        fields.put(strings.get((a + i) % strings.size()), garnish.get(i));
      }
    }
    String path = path(false, a);
    String contentType = endpoint.hasBody() ? "application/json" : null;
    String authorization = "Bearer " + endpoint.token();
    String ifMatch = endpoint.needsIfMatch() ? "\"1\"" : null;
    int huge = 0;
    String body = null;
    switch (poison) {
      case WRONG_TYPE -> {
        String field = pick(new ArrayList<>(fields.keySet()), a);
        if (field == null) {
          fields.put("unexpected", "1");
        } else {
          fields.put(field, wrongTypeFor(endpoint.validBody().get(field), b));
        }
      }
      case UNKNOWN_FIELD ->
          fields.put(
              pick(
                      List.of(
                          "isAdmin", "role", "id", "version", "__proto__", "constructor", "ｎａｍｅ"),
                      b)
                  + (a % 3 == 0 ? "" : Integer.toString(a)),
              a % 2 == 0 ? "true" : literal("x"));
      case OVERFLOW -> {
        List<String> numbers = fieldsOfType(JsonValue.ValueType.NUMBER);
        String field =
            numbers.isEmpty() ? pick(new ArrayList<>(fields.keySet()), a) : pick(numbers, a);
        fields.put(field == null ? "overflow" : field, pick(OVERFLOWS, b));
      }
      case BAD_DATE -> {
        List<String> dates = dateFields();
        String field = dates.isEmpty() ? "unexpectedDate" : pick(dates, a);
        fields.put(field, literal(pick(BAD_DATES, b)));
      }
      case DEEP_NESTING -> {
        int depth = 2_000 + (b % 40_000);
        String open = (a % 2 == 0) ? "[" : "{\"a\":";
        String close = (a % 2 == 0) ? "]" : "}";
        String field = pick(new ArrayList<>(fields.keySet()), a);
        fields.put(field == null ? "deep" : field, open.repeat(depth) + "1" + close.repeat(depth));
      }
      case HUGE_BODY -> huge = 1_100_000 / 3 + (b % 200_000);
      case WRONG_CONTENT_TYPE -> contentType = pick(BAD_CONTENT_TYPES, b);
      case BAD_TOKEN ->
          authorization =
              a % 4 == 0 ? "Bearer " + revokedToken : a % 4 == 1 ? null : pick(BAD_TOKENS, b);
      case BAD_PATH_ID -> path = path(true, b);
      case BAD_IF_MATCH -> ifMatch = a % 3 == 0 ? null : pick(BAD_IF_MATCH, b);
      case BROKEN_JSON -> {
        // made below from the finished text
      }
    }
    if (endpoint.hasBody()) {
      StringBuilder text = new StringBuilder("{");
      fields.forEach(
          (name, value) ->
              text.append(text.length() > 1 ? "," : "")
                  .append(literal(name))
                  .append(':')
                  .append(value));
      body = text.append('}').toString();
      if (poison == Poison.BROKEN_JSON) {
        body = broken(body, a, b);
      }
    }
    if (endpoint.needsIfMatch() && poison != Poison.BAD_IF_MATCH) {
      ifMatch = "\"" + (1_000 + a % 1000) + "\"";
    }
    return new Request(
        poison,
        endpoint.method(),
        path,
        body,
        huge,
        contentType,
        authorization,
        ifMatch,
        UUID.randomUUID().toString());
  }

  private static String broken(String body, int a, int b) {
    return switch (a % 6) {
      case 0 -> body.substring(0, Math.max(1, b % body.length()));
      case 1 -> "[" + body.substring(1);
      case 2 -> body.replace('"', '\'');
      case 3 -> body.substring(0, body.length() - 1) + ",}";
      case 4 -> "{\"a\": NaN, " + body.substring(1);
      default -> "";
    };
  }

  private static String wrongTypeFor(JsonValue original, int b) {
    List<String> choices =
        switch (original.getValueType()) {
          case STRING -> List.of("{\"a\": [1]}", "[1, 2]", "[]", "{}");
          case NUMBER -> List.of("\"twelve\"", "{}", "[1]", "true");
          case TRUE, FALSE -> List.of("\"maybe\"", "{}", "[true]", "2");
          case ARRAY -> List.of("{}", "\"x\"", "42", "true");
          case OBJECT -> List.of("[]", "\"x\"", "42", "false");
          default -> List.of("{}", "[]");
        };
    return choices.get(b % choices.size());
  }

  private List<String> fieldsOfType(JsonValue.ValueType type) {
    List<String> names = new ArrayList<>();
    if (endpoint.hasBody()) {
      endpoint
          .validBody()
          .forEach(
              (name, value) -> {
                if (value.getValueType() == type) {
                  names.add(name);
                }
              });
    }
    return names;
  }

  private List<String> dateFields() {
    List<String> names = new ArrayList<>();
    if (endpoint.hasBody()) {
      endpoint
          .validBody()
          .forEach(
              (name, value) -> {
                if (value.getValueType() == JsonValue.ValueType.STRING
                    && (name.endsWith("On")
                        || name.endsWith("At")
                        || name.equals("date")
                        || name.equals("since")
                        || name.equals("on")
                        || name.equals("timeZone")
                        || name.equals("startTime")
                        || name.equals("endTime")
                        || name.startsWith("tour")
                        || name.equals("birthDate"))) {
                  names.add(name);
                }
              });
    }
    return names;
  }

  private String path(boolean hostile, int b) {
    Matcher parameters = PATH_PARAMETER.matcher(endpoint.template());
    StringBuilder path = new StringBuilder();
    List<String> names = new ArrayList<>(endpoint.pathValues().keySet());
    String spoiled = names.isEmpty() ? null : names.get(b % names.size());
    while (parameters.find()) {
      String name = parameters.group(1);
      String value =
          hostile && name.equals(spoiled)
              ? pick(BAD_PATH_IDS, b / 7)
              : endpoint.pathValues().get(name);
      parameters.appendReplacement(
          path,
          Matcher.quoteReplacement(
              URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20")));
    }
    parameters.appendTail(path);
    return path.toString();
  }

  private static <T> T pick(List<T> from, int i) {
    return from.isEmpty() ? null : from.get(Math.floorMod(i, from.size()));
  }
}
