package org.alliancecare.notifications.internal.domain;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * No SMS to a family at night: between {@code start} and {@code end} in the recipient's time zone
 * (22:00–08:00 by default), a message waits until {@code end}. A window that wraps midnight (start
 * after end) is the usual one; start equal to end is no window.
 */
public record QuietHours(LocalTime start, LocalTime end) {

  public static final QuietHours NIGHT = new QuietHours(LocalTime.of(22, 0), LocalTime.of(8, 0));

  /** Parses {@code 22:00-08:00}. */
  public static QuietHours parse(String window) {
    String[] ends = window.strip().split("-");
    if (ends.length != 2) {
      throw new IllegalArgumentException("quiet hours are written 22:00-08:00: " + window);
    }
    return new QuietHours(LocalTime.parse(ends[0].strip()), LocalTime.parse(ends[1].strip()));
  }

  /** Whether {@code at} falls in the quiet hours of {@code zone}. */
  public boolean quietAt(Instant at, ZoneId zone) {
    if (start.equals(end)) {
      return false;
    }
    LocalTime local = at.atZone(zone).toLocalTime();
    return start.isBefore(end)
        ? !local.isBefore(start) && local.isBefore(end)
        : !local.isBefore(start) || local.isBefore(end);
  }

  /** {@code at} itself outside the quiet hours, else the end of the quiet hours it falls in. */
  public Instant earliestSend(Instant at, ZoneId zone) {
    if (!quietAt(at, zone)) {
      return at;
    }
    ZonedDateTime local = at.atZone(zone);
    ZonedDateTime end = local.with(this.end);
    if (!end.isAfter(local)) {
      end = end.plusDays(1);
    }
    return end.toInstant();
  }
}
