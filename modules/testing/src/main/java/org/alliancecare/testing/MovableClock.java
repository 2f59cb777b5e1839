package org.alliancecare.testing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock that a test sets to the instant it needs, for facades wired by hand with a {@code
 * BusinessClock} over it. It reads in UTC; {@link #setToDay(String)} moves it to noon of a day in
 * China Standard Time, where the business days are counted.
 */
public final class MovableClock extends Clock {

  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  private Instant now;

  /** A clock that reads {@code now} until it is moved. */
  public MovableClock(Instant now) {
    this.now = now;
  }

  /** Moves the clock to an instant, e.g. {@code 2026-06-03T16:00:00Z}. */
  public void setTo(String instant) {
    now = Instant.parse(instant);
  }

  /** Moves the clock to noon of {@code day} (e.g. {@code 2026-07-02}) in China Standard Time. */
  public void setToDay(String day) {
    now = LocalDate.parse(day).atTime(12, 0).atZone(CHINA).toInstant();
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }

  @Override
  public Instant instant() {
    return now;
  }
}
