package org.alliancecare.notifications.internal.domain;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * When a failed delivery is tried again: 1 min, 5 min, 30 min, 2 h, then 6 h, and after {@link
 * #MAX_ATTEMPTS} attempts not again (the reminder is FAILED, and coordinators see why).
 */
public final class Backoff {

  public static final int MAX_ATTEMPTS = 6;

  private static final List<Duration> WAITS =
      List.of(
          Duration.ofMinutes(1),
          Duration.ofMinutes(5),
          Duration.ofMinutes(30),
          Duration.ofHours(2),
          Duration.ofHours(6));

  private Backoff() {}

  /** How long to wait after the {@code attempts}-th failed attempt; empty when it was the last. */
  public static Optional<Duration> after(int attempts) {
    if (attempts >= MAX_ATTEMPTS) {
      return Optional.empty();
    }
    return Optional.of(WAITS.get(Math.min(attempts, WAITS.size()) - 1));
  }
}
