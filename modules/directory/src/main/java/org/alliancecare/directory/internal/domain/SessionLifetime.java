package org.alliancecare.directory.internal.domain;

import java.time.Duration;
import java.time.Instant;

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

  /**
   * Whether a session is open at {@code now}: before its absolute end and less than the idle limit
   * after its last recorded use. The one rule the database's session row, and a copy of it held in
   * memory, are judged by.
   */
  public boolean openAt(Instant now, Instant expiresAt, Instant lastRecordedUse) {
    return now.isBefore(expiresAt) && now.isBefore(lastRecordedUse.plus(idle));
  }

  /**
   * Whether a use at {@code now} is to be recorded: the last recorded one is older than a minute.
   */
  public static boolean useDue(Instant lastRecordedUse, Instant now) {
    return lastRecordedUse.isBefore(recordedUsesDueBefore(now));
  }

  /** Recorded uses before this instant make a use at {@code now} due (the database's condition). */
  public static Instant recordedUsesDueBefore(Instant now) {
    return now.minus(TOUCH_INTERVAL);
  }
}
