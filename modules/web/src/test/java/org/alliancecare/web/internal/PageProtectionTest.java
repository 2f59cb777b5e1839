package org.alliancecare.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A form is accepted only from the application's own pages. */
class PageProtectionTest {

  private static HttpServletRequest request(Map<String, String> headers) {
    return (HttpServletRequest)
        Proxy.newProxyInstance(
            PageProtectionTest.class.getClassLoader(),
            new Class<?>[] {HttpServletRequest.class},
            (proxy, method, arguments) ->
                method.getName().equals("getHeader") ? headers.get((String) arguments[0]) : null);
  }

  @Test
  void a_post_from_the_applications_own_host_is_accepted() {
    assertThat(
            PageProtection.sameOrigin(
                request(Map.of("Origin", "http://localhost:8080", "Host", "localhost:8080"))))
        .isTrue();
    assertThat(
            PageProtection.sameOrigin(
                request(
                    Map.of(
                        "Origin", "https://AllianceCare.example", "Host", "alliancecare.example"))))
        .isTrue();
  }

  @Test
  void a_post_without_an_origin_is_left_to_the_session_and_the_view_state() {
    assertThat(PageProtection.sameOrigin(request(Map.of("Host", "localhost:8080")))).isTrue();
  }

  @Test
  void a_post_from_another_site_or_an_opaque_origin_is_refused() {
    assertThat(
            PageProtection.sameOrigin(
                request(Map.of("Origin", "https://elsewhere.example", "Host", "localhost:8080"))))
        .isFalse();
    assertThat(
            PageProtection.sameOrigin(
                request(Map.of("Origin", "http://localhost:9999", "Host", "localhost:8080"))))
        .isFalse();
    assertThat(PageProtection.sameOrigin(request(Map.of("Origin", "null", "Host", "localhost"))))
        .isFalse();
    assertThat(PageProtection.sameOrigin(request(Map.of("Origin", "http://localhost:8080"))))
        .isFalse();
  }
}
