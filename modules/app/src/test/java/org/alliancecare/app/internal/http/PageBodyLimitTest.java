package org.alliancecare.app.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.alliancecare.app.internal.http.PageBodyLimit.Verdict;
import org.junit.jupiter.api.Test;

class PageBodyLimitTest {

  private static final long LIMIT = RequestBodyLimit.LIMIT;

  @Test
  void a_page_form_over_the_limit_is_too_large_and_one_without_a_length_needs_one() {
    assertThat(PageBodyLimit.verdict("/signin.xhtml", "POST", LIMIT + 1))
        .isEqualTo(Verdict.TOO_LARGE);
    assertThat(PageBodyLimit.verdict("/app/home.xhtml", "POST", -1))
        .isEqualTo(Verdict.LENGTH_REQUIRED);
  }

  @Test
  void forms_within_the_limit_requests_without_a_body_and_the_api_pass() {
    assertThat(PageBodyLimit.verdict("/signin.xhtml", "POST", LIMIT)).isEqualTo(Verdict.PASS);
    assertThat(PageBodyLimit.verdict("/app/home.xhtml", "GET", -1)).isEqualTo(Verdict.PASS);
    assertThat(PageBodyLimit.verdict("/api", "POST", LIMIT * 3)).isEqualTo(Verdict.PASS);
    assertThat(PageBodyLimit.verdict("/api/patients", "POST", -1)).isEqualTo(Verdict.PASS);
  }
}
