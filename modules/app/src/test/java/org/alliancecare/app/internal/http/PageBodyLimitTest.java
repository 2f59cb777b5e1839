package org.alliancecare.app.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.alliancecare.app.internal.http.PageBodyLimit.Verdict;
import org.junit.jupiter.api.Test;

class PageBodyLimitTest {

  private static final long LIMIT = RequestBodyLimit.LIMIT;

  @Test
  void a_page_form_over_the_limit_is_too_large_and_one_without_a_length_needs_one() {
    assertThat(PageBodyLimit.verdict("/signin.xhtml", LIMIT + 1, null))
        .isEqualTo(Verdict.TOO_LARGE);
    assertThat(PageBodyLimit.verdict("/app/home.xhtml", -1, "chunked"))
        .isEqualTo(Verdict.LENGTH_REQUIRED);
  }

  @Test
  void forms_within_the_limit_requests_without_a_body_and_the_api_pass() {
    assertThat(PageBodyLimit.verdict("/signin.xhtml", LIMIT, null)).isEqualTo(Verdict.PASS);
    assertThat(PageBodyLimit.verdict("/app/home.xhtml", -1, null)).isEqualTo(Verdict.PASS);
    assertThat(PageBodyLimit.verdict("/api", LIMIT * 3, null)).isEqualTo(Verdict.PASS);
    assertThat(PageBodyLimit.verdict("/api/patients", -1, "chunked")).isEqualTo(Verdict.PASS);
  }
}
