package org.alliancecare.directory.api;

import java.time.Instant;

/**
 * A new session: the bearer token (handed out once; only its hash is kept), when it ends at the
 * latest, how long it may stay unused, and whose it is.
 */
public record SignedIn(String token, Instant expiresAt, long idleMinutes, Account account) {

  /** Never shows the token. */
  @Override
  public String toString() {
    return "SignedIn[" + account.username() + ", expiresAt=" + expiresAt + "]";
  }
}
