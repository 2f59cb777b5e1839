package org.alliancecare.web.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The pages of the records a reminder is about: an inbox item's own {@code link} (relative to the
 * application: {@code records/referral.xhtml?id=…} under {@code /app/}, or a path that names {@code
 * /app/…} itself), else the page of its cause by type and id. Only a path inside the application is
 * ever a link: a scheme ({@code https:}, {@code javascript:}), a second slash at the start or a
 * {@code ..} makes none.
 */
final class RecordLinks {

  /**
   * A path of the application's pages with an optional query: letters, digits, {@code -._~/=&?%}.
   */
  private static final Pattern SAFE_PATH = Pattern.compile("[A-Za-z0-9._~/=&?%-]+");

  private RecordLinks() {}

  /** The address (with the context path) of an inbox item's link, if it is a page of the app. */
  static Optional<String> href(String contextPath, String link) {
    if (link == null || link.isBlank()) {
      return Optional.empty();
    }
    String path = link.strip();
    if (!SAFE_PATH.matcher(path).matches() || path.startsWith("//") || path.contains("..")) {
      return Optional.empty();
    }
    String base = contextPath == null ? "" : contextPath;
    if (path.startsWith("/app/")) {
      return Optional.of(base + path);
    }
    if (path.startsWith("app/")) {
      return Optional.of(base + "/" + path);
    }
    return Optional.of(base + "/app/" + (path.startsWith("/") ? path.substring(1) : path));
  }

  /**
   * The page of the record that caused a reminder, by its type ({@code REFERRAL}, {@code Referral},
   * {@code CASE}, {@code CLINIC}, {@code PATIENT}), as a path under the context root; none for a
   * type without a page of its own.
   */
  static Optional<String> causePage(String causeType, String causeId) {
    if (causeType == null || causeId == null || causeId.isBlank()) {
      return Optional.empty();
    }
    String page =
        switch (causeType.toUpperCase(Locale.ROOT).replace("-", "_")) {
          case "REFERRAL" -> "/app/records/referral.xhtml";
          case "CASE", "REHABILITATION_CASE" -> "/app/records/case.xhtml";
          case "CLINIC", "OUTREACH_CLINIC" -> "/app/clinic.xhtml";
          case "PATIENT" -> "/app/records/patient.xhtml";
          default -> null;
        };
    return Optional.ofNullable(page)
        .map(p -> p + "?id=" + URLEncoder.encode(causeId, StandardCharsets.UTF_8));
  }
}
