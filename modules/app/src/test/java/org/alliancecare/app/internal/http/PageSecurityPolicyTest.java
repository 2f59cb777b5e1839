package org.alliancecare.app.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PageSecurityPolicyTest {

  private static HttpServletResponse recording(Map<String, String> headers) {
    return (HttpServletResponse)
        Proxy.newProxyInstance(
            HttpServletResponse.class.getClassLoader(),
            new Class<?>[] {HttpServletResponse.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "setHeader" -> headers.put((String) args[0], (String) args[1]);
                  case "containsHeader" -> headers.containsKey((String) args[0]);
                  default -> null;
                });
  }

  @Test
  void every_response_gets_nosniff_and_a_policy_that_keeps_pages_to_the_application_itself() {
    Map<String, String> headers = new LinkedHashMap<>();

    PageSecurityPolicy.apply(recording(headers));

    assertThat(headers).containsEntry("X-Content-Type-Options", "nosniff");
    assertThat(headers.get("Content-Security-Policy"))
        .contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'")
        .doesNotContain("*");
  }

  @Test
  void a_policy_the_page_already_set_is_kept() {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Security-Policy", "script-src 'nonce-abc'");

    PageSecurityPolicy.apply(recording(headers));

    assertThat(headers).containsEntry("Content-Security-Policy", "script-src 'nonce-abc'");
  }
}
