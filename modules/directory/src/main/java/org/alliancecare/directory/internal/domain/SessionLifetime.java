package org.alliancecare.directory.internal.domain;

import java.time.Duration;

/**
 * How long a session lives: it ends when unused for {@code idle} or, at the latest, {@code
 * absolute} after sign-in. Last use is recorded at most once a {@link #TOUCH_INTERVAL}, so that
 * most requests cost no write; the idle limit is therefore exact to within that interval.
 */
public record SessionLifetime(Duration idle, Duration absolute) {

  public static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);
  public static final SessionLifetime DEFAULT =
      new SessionLifetime(Duration.ofMinutes(30), Duration.ofHours(12));

  public SessionLifetime {
    if (idle.isNegative() || idle.isZero() || absolute.compareTo(idle) < 0) {
      throw new IllegalArgumentException(
          "a session's idle limit is positive and at most its absolute limit");
    }
  }
}
