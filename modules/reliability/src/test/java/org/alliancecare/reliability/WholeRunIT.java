package org.alliancecare.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Last: what held for every response of the whole run (headers, no leaks, identity numbers masked),
 * and the application's whole log searched for every personal value and secret the harness sent.
 */
@Order(99)
class WholeRunIT {

  private static final String SECTION = "4. security";

  @Test
  void a_token_ends_when_it_has_been_idle_for_the_configured_minutes_and_not_before() {
    List<Integer> statuses = Harness.get().idleExpiry();

    Figures.record(
        SECTION, "idle limit configured (ALLIANCECARE_SESSION_IDLE_MINUTES)", Harness.IDLE_MINUTES);
    Figures.record(SECTION, "token idle for limit - 10 s", statuses.get(0));
    Figures.record(SECTION, "token idle for limit + 10 s", statuses.get(1));
    Figures.record(SECTION, "token used at limit - 10 s, 20 s later", statuses.get(2));
    assertThat(statuses).containsExactly(200, 401, 200);
  }

  @Test
  void no_personal_data_or_secret_in_any_log_line_and_headers_on_every_response() {
    Harness harness = Harness.get();
    String log = harness.log();
    List<String> found = new ArrayList<>();
    for (String value : Traffic.sentValues()) {
      if (log.contains(value)) {
        found.add(value.length() > 12 ? value.substring(0, 4) + "…" : value.substring(0, 2) + "…");
      }
    }
    Figures.record(SECTION, "responses checked over the whole run", Traffic.responses());
    Figures.record(
        SECTION, "responses without X-Content-Type-Options: nosniff", Traffic.missingNosniff());
    Figures.record(
        SECTION, "/api responses without Cache-Control: no-store", Traffic.missingNoStore());
    Figures.record(SECTION, "HTML responses without Content-Security-Policy", Traffic.missingCsp());
    Figures.record(
        SECTION,
        "responses with an identity number unmasked (outside /national-id)",
        Traffic.unmasked());
    Figures.record(
        SECTION, "bodies with stack trace, SQL or class name (whole run)", Traffic.leaks());
    Figures.record(
        SECTION, "5xx answers outside deliberate outages (whole run)", Traffic.serverErrors());
    Figures.record(
        SECTION,
        "personal values and secrets sent, searched in the log",
        Traffic.sentValues().size());
    Figures.record(SECTION, "log lines (whole run)", log.lines().count());
    Figures.record(SECTION, "of those values found in the log", found.size());
    if (!Traffic.examples().isEmpty()) {
      Figures.record(
          SECTION,
          "first response problems",
          Traffic.examples().subList(0, Math.min(8, Traffic.examples().size())));
    }
    Figures.record("run", "load average at the end", Machine.loadAverage());
    assertThat(found).isEmpty();
    assertThat(Traffic.missingNosniff()).isZero();
    assertThat(Traffic.missingNoStore()).isZero();
    assertThat(Traffic.missingCsp()).isZero();
    assertThat(Traffic.unmasked()).isZero();
    assertThat(Traffic.leaks()).isZero();
    assertThat(Traffic.serverErrors()).isZero();
  }
}
