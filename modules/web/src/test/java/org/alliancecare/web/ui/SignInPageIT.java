package org.alliancecare.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.alliancecare.testing.ApiResponse;
import org.alliancecare.web.ui.UiFixture.Account;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

/**
 * The sign-in page goes through the same sign-in as the API: the same refusal, the same lockout;
 * the browser's session cookie is HttpOnly and SameSite; it opens pages but never the API; signing
 * out ends it; a form posted from another site is refused.
 */
class SignInPageIT {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  @Test
  void five_failed_sign_ins_on_the_page_lock_the_account_as_for_the_api() {
    UiFixture fixture = UiFixture.shared();
    Account doctor = fixture.account("DOCTOR", "Dr Locked Out", null, UiFixture.WENSU);
    try (Browser browser = Browser.open(fixture.base(), "signin-lockout", "en")) {
      for (int attempt = 1; attempt <= 5; attempt++) {
        browser.signIn(doctor.username(), "Wrong-password-" + attempt);
        assertThat(browser.currentPath()).isEqualTo("/signin.xhtml");
        assertThat(browser.bodyText()).contains("Sign-in refused.");
      }
      browser.signIn(doctor.username(), doctor.password());
      assertThat(browser.currentPath()).isEqualTo("/signin.xhtml");
      assertThat(browser.bodyText()).contains("Sign-in refused.");
      browser.screenshot("locked");
    }
    ApiResponse api =
        fixture.anonymous.post(
            "/api/session",
            "{\"username\": \"%s\", \"password\": \"%s\"}"
                .formatted(doctor.username(), doctor.password()));
    assertThat(api.status()).isEqualTo(401);
  }

  @Test
  void the_session_cookie_opens_pages_not_the_api_and_signing_out_ends_it()
      throws IOException, InterruptedException {
    UiFixture fixture = UiFixture.shared();
    HttpResponse<String> anonymous = get(fixture.base().resolve("/app/home.xhtml"), "");
    assertThat(anonymous.statusCode()).isEqualTo(302);
    assertThat(anonymous.headers().allValues("Set-Cookie"))
        .singleElement()
        .satisfies(
            c ->
                assertThat(c)
                    .startsWith("JSESSIONID=")
                    .containsIgnoringCase("HttpOnly")
                    .containsOnlyOnce("SameSite=Lax"));
    Account auditor = fixture.account("AUDITOR", "Auditor of Wensu", null, UiFixture.WENSU);
    try (Browser browser = Browser.open(fixture.base(), "signin-session", "en")) {
      browser.signIn(auditor.username(), auditor.password());
      assertThat(browser.currentPath()).isEqualTo("/app/home.xhtml");
      Cookie session = browser.driver().manage().getCookieNamed("JSESSIONID");
      assertThat(session.isHttpOnly()).isTrue();
      assertThat(session.getSameSite()).isEqualTo("Lax");
      String cookie = "JSESSIONID=" + session.getValue();

      assertThat(get(fixture.base().resolve("/app/home.xhtml"), cookie).statusCode())
          .isEqualTo(200);
      assertThat(get(fixture.base().resolve("/api/me"), cookie).statusCode()).isEqualTo(401);
      HttpResponse<String> forged =
          HTTP.send(
              HttpRequest.newBuilder(fixture.base().resolve("/app/audit/journal.xhtml"))
                  .header("Cookie", cookie)
                  .header("Origin", "https://elsewhere.example")
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(HttpRequest.BodyPublishers.ofString("verify=verify"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(forged.statusCode()).isEqualTo(403);

      browser.clickThrough(By.id("shell:sign-out"));
      assertThat(browser.currentPath()).isEqualTo("/signin.xhtml");
      HttpResponse<String> after = get(fixture.base().resolve("/app/home.xhtml"), cookie);
      assertThat(after.statusCode()).isEqualTo(302);
      assertThat(after.headers().firstValue("Location"))
          .hasValueSatisfying(l -> assertThat(l).endsWith("/signin.xhtml"));
      browser.visit("/app/audit/journal.xhtml");
      assertThat(browser.currentPath()).isEqualTo("/signin.xhtml");
    }
  }

  private static HttpResponse<String> get(URI uri, String cookie)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET();
    if (!cookie.isEmpty()) {
      request.header("Cookie", cookie);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
