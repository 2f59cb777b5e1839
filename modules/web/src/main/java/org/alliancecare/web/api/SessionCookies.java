package org.alliancecare.web.api;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;

/** The browser session's cookie, as the pages and the WAR's sign-in set it. */
public final class SessionCookies {

  /** The name of the session cookie (the container's default). */
  public static final String SESSION_COOKIE = "JSESSIONID";

  private SessionCookies() {}

  /**
   * Marks the session cookie that this response sets {@code SameSite=Lax}, so that no other site's
   * form post carries it. Payara Micro 6 ignores the {@code SameSite} attribute of {@code
   * cookie-config} in {@code web.xml}, and setting it for the HTTP listener restarts the listener
   * (which can then fail to come back at boot); the header is therefore completed here, wherever a
   * session may begin: when the browser is sent to sign in, when it signs in, and before and after
   * each page ({@code PageProtection}). {@code HttpOnly} comes from {@code web.xml}, {@code Secure}
   * from Payara whenever the request came over HTTPS.
   */
  public static void markSameSite(HttpServletResponse response) {
    if (response.isCommitted()) {
      return;
    }
    List<String> cookies = List.copyOf(response.getHeaders("Set-Cookie"));
    if (cookies.stream().noneMatch(SessionCookies::lacksSameSite)) {
      return;
    }
    List<String> marked =
        cookies.stream().map(c -> lacksSameSite(c) ? c + "; SameSite=Lax" : c).toList();
    response.setHeader("Set-Cookie", marked.get(0));
    marked.stream().skip(1).forEach(cookie -> response.addHeader("Set-Cookie", cookie));
  }

  private static boolean lacksSameSite(String cookie) {
    return cookie.startsWith(SESSION_COOKIE + "=")
        && !cookie.toLowerCase(Locale.ROOT).contains("samesite");
  }
}
