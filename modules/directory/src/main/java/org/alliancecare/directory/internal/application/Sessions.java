package org.alliancecare.directory.internal.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import org.alliancecare.directory.api.Caller;
import org.alliancecare.directory.api.SessionFacade;
import org.alliancecare.directory.api.SignedIn;
import org.alliancecare.directory.api.events.AccountLocked;
import org.alliancecare.directory.internal.domain.Account;
import org.alliancecare.directory.internal.domain.SessionLifetime;
import org.alliancecare.directory.internal.domain.SessionToken;
import org.alliancecare.directory.internal.domain.SignInAttempts;
import org.alliancecare.directory.internal.domain.SignInRule;
import org.alliancecare.directory.internal.domain.SignInSession;
import org.alliancecare.directory.internal.persistence.AccountStore;
import org.alliancecare.directory.internal.persistence.SessionStore;
import org.alliancecare.kernel.events.DomainEvent;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sign-in, sign-out and the check of a bearer token on every request. The idle and absolute limits
 * of a session come from {@code alliancecare.session.idle-minutes} (default 30) and {@code
 * alliancecare.session.absolute-hours} (default 12).
 *
 * <p>A token checked in the last seconds is answered from {@link ValidatedTokens} without a
 * database round trip and without a transaction; its use is recorded at most once a minute (one
 * UPDATE). Sign-out drops it there at once and tells the other nodes ({@link SessionRevocations}).
 */
@ApplicationScoped
public class Sessions implements SessionFacade {

  private static final Logger LOG = Logger.getLogger(Sessions.class.getName());

  @Inject AccountStore accounts;
  @Inject SessionStore sessions;
  @Inject Event<DomainEvent> events;
  @Inject Clock clock;
  @Inject ValidatedTokens validated;
  @Inject SessionChecks checks;
  @Inject SessionRevocations revocations;

  @Inject
  @ConfigProperty(name = "alliancecare.session.idle-minutes", defaultValue = "30")
  long idleMinutes;

  @Inject
  @ConfigProperty(name = "alliancecare.session.absolute-hours", defaultValue = "12")
  long absoluteHours;

  private SessionLifetime lifetime;

  @PostConstruct
  void configure() {
    lifetime =
        new SessionLifetime(Duration.ofMinutes(idleMinutes), Duration.ofHours(absoluteHours));
  }

  @Override
  @Transactional
  public Optional<SignedIn> signIn(String username, String password) {
    Instant now = clock.instant();
    String name = Account.normalise(username);
    Optional<Account> found =
        Account.USERNAME.matcher(name).matches() ? accounts.byUsername(name) : Optional.empty();
    if (found.isEmpty()) {
      SignInRule.judge(null, null, password, now);
      return Optional.empty();
    }
    Account account = found.get();
    SignInAttempts attempts = accounts.attemptsOf(account);
    switch (SignInRule.judge(account, attempts, password, now)) {
      case ACCEPTED -> {
        String token = SessionToken.generate();
        SignInSession session =
            SignInSession.open(account.id(), SessionToken.hashOf(token), now, lifetime);
        sessions.add(session);
        return Optional.of(
            new SignedIn(token, session.expiresAt(), lifetime.idle().toMinutes(), account.view()));
      }
      case REFUSED_AND_LOCKED -> {
        LOG.warning(
            () ->
                "account "
                    + account.username()
                    + " is locked until "
                    + attempts.lockedUntil()
                    + " after "
                    + SignInAttempts.MAX_FAILURES
                    + " failed sign-ins");
        events.fire(
            new AccountLocked(
                account.username(),
                SignInAttempts.MAX_FAILURES,
                attempts.lockedUntil(),
                "system",
                now));
        return Optional.empty();
      }
      default -> {
        return Optional.empty();
      }
    }
  }

  @Override
  public Optional<Caller> callerFor(String token) {
    if (!SessionToken.wellFormed(token)) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    String tokenHash = SessionToken.hashOf(token);
    ValidatedToken held = validated.find(tokenHash, now, lifetime);
    if (held != null) {
      if (!held.useDueAt(now) || !validated.claimUse(tokenHash, held, now)) {
        // no use to record, or a concurrent request of the same token records it
        return Optional.of(held.caller());
      }
      boolean recorded;
      try {
        recorded = checks.recordUse(tokenHash, now);
      } catch (RuntimeException e) {
        validated.dropToken(tokenHash); // the claimed use was not recorded
        throw e;
      }
      if (recorded) {
        return Optional.of(held.caller());
      }
      // revoked meanwhile, or another node recorded a use: check in full
      validated.dropToken(tokenHash);
    }
    long generation = validated.generation();
    Optional<ValidatedToken> checked = checks.check(tokenHash, now, lifetime);
    checked.ifPresent(t -> validated.remember(tokenHash, t, generation));
    return checked.map(ValidatedToken::caller);
  }

  @Override
  @Transactional
  public void signOut(String token) {
    if (SessionToken.wellFormed(token)) {
      String tokenHash = SessionToken.hashOf(token);
      sessions
          .byTokenHash(tokenHash)
          .ifPresent(
              session -> {
                session.revoke(clock.instant());
                revocations.tokenRevoked(tokenHash);
              });
    }
  }

  /** Forgets sessions that ended more than a day ago; answers how many. */
  @Transactional
  public int forgetEndedSessions() {
    return sessions.forgetEndedBefore(clock.instant().minus(Duration.ofDays(1)));
  }
}
