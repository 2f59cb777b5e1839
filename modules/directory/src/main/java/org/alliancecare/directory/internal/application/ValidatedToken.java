package org.alliancecare.directory.internal.application;

import java.time.Instant;
import org.alliancecare.directory.api.Caller;
import org.alliancecare.directory.internal.domain.SessionLifetime;

/**
 * A bearer token checked against the database: whose session it opens ({@code caller}, {@code
 * accountId}), when the session ends at the latest, and the last use recorded in the database as
 * this node knows it. Held by {@link ValidatedTokens} for a few seconds after {@code checkedAt}.
 */
record ValidatedToken(
    Caller caller,
    String accountId,
    Instant expiresAt,
    Instant lastRecordedUse,
    Instant checkedAt) {

  /**
   * Whether the session is still open at {@code now} as far as this copy knows: before its absolute
   * end and less than the idle limit after the last recorded use. Another node may have recorded a
   * later use; a copy that thinks the session idle is therefore never trusted, the database is
   * asked.
   */
  boolean activeAt(Instant now, SessionLifetime lifetime) {
    return lifetime.openAt(now, expiresAt, lastRecordedUse);
  }

  /** Whether the use at {@code now} is to be recorded (the last one is older than a minute). */
  boolean useDueAt(Instant now) {
    return SessionLifetime.useDue(lastRecordedUse, now);
  }

  ValidatedToken usedAt(Instant now) {
    return new ValidatedToken(caller, accountId, expiresAt, now, checkedAt);
  }
}
