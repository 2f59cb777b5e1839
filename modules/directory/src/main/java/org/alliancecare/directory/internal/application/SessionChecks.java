package org.alliancecare.directory.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import org.alliancecare.directory.internal.domain.Account;
import org.alliancecare.directory.internal.domain.SessionLifetime;
import org.alliancecare.directory.internal.domain.SignInSession;
import org.alliancecare.directory.internal.persistence.AccountStore;
import org.alliancecare.directory.internal.persistence.SessionStore;

/**
 * The database side of checking a bearer token, each in a transaction of its own: the full check
 * (the session and its account read) and the recording of a use (one UPDATE).
 */
@ApplicationScoped
@Transactional
public class SessionChecks {

  @Inject SessionStore sessions;
  @Inject AccountStore accounts;

  /**
   * The token's session and account as of now, when the session is open and the account enabled;
   * records the use when the last recorded one is more than a minute old.
   */
  public Optional<ValidatedToken> check(String tokenHash, Instant now, SessionLifetime lifetime) {
    Optional<SignInSession> found = sessions.byTokenHash(tokenHash);
    if (found.isEmpty() || !found.get().activeAt(now, lifetime)) {
      return Optional.empty();
    }
    SignInSession session = found.get();
    Optional<Account> account = accounts.byId(session.accountId()).filter(Account::enabled);
    if (account.isEmpty()) {
      return Optional.empty();
    }
    Instant lastRecordedUse = session.lastUsedAt();
    if (SessionLifetime.useDue(lastRecordedUse, now) && recordUse(tokenHash, now)) {
      lastRecordedUse = now;
    }
    return Optional.of(
        new ValidatedToken(
            account.get().caller(),
            session.accountId(),
            session.expiresAt(),
            lastRecordedUse,
            now));
  }

  /**
   * Records a use of the token's session at {@code now}; answers false when the session is revoked
   * or gone, or another node recorded a use in the last minute (the caller then checks again).
   */
  public boolean recordUse(String tokenHash, Instant now) {
    return sessions.recordUse(tokenHash, now, SessionLifetime.recordedUsesDueBefore(now));
  }
}
