package org.alliancecare.notifications.internal.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QuietHoursTest {

  private static final ZoneId URUMQI = ZoneId.of("Asia/Urumqi");
  private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

  @Test
  void the_night_wraps_midnight_in_the_recipient_s_zone() {
    QuietHours night = QuietHours.parse("22:00-08:00");
    // 16:00 UTC is 22:00 in Urumqi but already midnight in Beijing
    Instant at = Instant.parse("2026-12-04T16:00:00Z");

    assertThat(night.quietAt(at, URUMQI)).isTrue();
    assertThat(night.earliestSend(at, URUMQI)).isEqualTo(Instant.parse("2026-12-05T02:00:00Z"));
    assertThat(night.quietAt(Instant.parse("2026-12-04T15:59:00Z"), URUMQI)).isFalse();
    assertThat(night.earliestSend(Instant.parse("2026-12-04T23:30:00Z"), BEIJING))
        .as("07:30 in Beijing: half an hour to wait")
        .isEqualTo(Instant.parse("2026-12-05T00:00:00Z"));
    assertThat(night.quietAt(Instant.parse("2026-12-05T02:00:00Z"), URUMQI))
        .as("08:00 is the end: no longer quiet")
        .isFalse();
  }

  @Test
  void a_window_within_a_day_and_no_window_at_all() {
    QuietHours lunch = QuietHours.parse(" 13:00 - 15:00 ");
    Instant oneThirty = Instant.parse("2026-12-04T07:30:00Z"); // 13:30 in Urumqi

    assertThat(lunch.quietAt(oneThirty, URUMQI)).isTrue();
    assertThat(Duration.between(oneThirty, lunch.earliestSend(oneThirty, URUMQI)))
        .isEqualTo(Duration.ofMinutes(90));
    assertThat(lunch.quietAt(Instant.parse("2026-12-04T09:00:00Z"), URUMQI)).isFalse();
    assertThat(QuietHours.parse("00:00-00:00").quietAt(oneThirty, URUMQI)).isFalse();
    assertThatThrownBy(() -> QuietHours.parse("22:00"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void retries_wait_longer_each_time_and_stop_after_the_last_attempt() {
    assertThat(Backoff.after(1)).contains(Duration.ofMinutes(1));
    assertThat(Backoff.after(2)).contains(Duration.ofMinutes(5));
    assertThat(Backoff.after(5)).contains(Duration.ofHours(6));
    assertThat(Backoff.after(Backoff.MAX_ATTEMPTS)).isEmpty();
  }

  @Test
  void a_template_s_fields_are_filled_and_an_unknown_one_stays() {
    assertThat(
            MessageText.fill(
                "请于 {dueOn} 前带 {child} 到 {hospital}，{unknown}",
                Map.of("dueOn", "12-20", "child", "古丽米热", "hospital", "温宿县人民医院 $1")))
        .isEqualTo("请于 12-20 前带 古丽米热 到 温宿县人民医院 $1，{unknown}");
  }
}
