package org.alliancecare.directory.internal.domain;

import java.time.Instant;

/**
 * Decides a sign-in. Every attempt costs exactly one password-hash comparison, whether the account
 * exists, is disabled, is locked or not, so that the time taken does not tell them apart; and they
 * all end in the same refusal.
 */
public final class SignInRule {

  /** The outcome; all refusals look the same to the client. */
  public enum Verdict {
    ACCEPTED,
    REFUSED,
    /** Refused, and this failure locked the account. */
    REFUSED_AND_LOCKED
  }

  private SignInRule() {}

  /**
   * @param account the account of the username, or {@code null} when there is none
   * @param attempts that account's failed attempts ({@code null} with the account)
   */
  public static Verdict judge(
      Account account, SignInAttempts attempts, String password, Instant now) {
    if (account == null) {
      PasswordHash.matchesNobody(password);
      return Verdict.REFUSED;
    }
    boolean matches = account.verifies(password);
    if (attempts.lockedAt(now) || !account.enabled()) {
      return Verdict.REFUSED;
    }
    if (!matches) {
      return attempts.recordFailure(now) ? Verdict.REFUSED_AND_LOCKED : Verdict.REFUSED;
    }
    attempts.recordSuccess();
    return Verdict.ACCEPTED;
  }
}
