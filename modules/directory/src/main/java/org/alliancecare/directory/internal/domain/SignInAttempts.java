package org.alliancecare.directory.internal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * An account's recent failed sign-ins and its lock: five failures within 15 minutes lock the
 * account for 15 minutes, during which even the right password is refused. Failures while locked do
 * not extend the lock. Kept apart from the account itself, so that failed sign-ins do not change
 * the account's version (an administrator's {@code If-Match} stays valid).
 */
@Entity
@Table(name = "sign_in_attempts")
public class SignInAttempts {

  public static final int MAX_FAILURES = 5;
  public static final Duration WINDOW = Duration.ofMinutes(15);
  public static final Duration LOCK = Duration.ofMinutes(15);

  @Id
  @Column(name = "account_id")
  private String accountId;

  @Column(nullable = false)
  private int failures;

  @Column(name = "window_started_at")
  @Convert(converter = InstantColumn.class)
  private Instant windowStartedAt;

  @Column(name = "locked_until")
  @Convert(converter = InstantColumn.class)
  private Instant lockedUntil;

  protected SignInAttempts() {}

  public SignInAttempts(String accountId) {
    this.accountId = Objects.requireNonNull(accountId);
  }

  public boolean lockedAt(Instant now) {
    return lockedUntil != null && now.isBefore(lockedUntil);
  }

  /** Counts a failed sign-in; answers whether it locked the account. */
  public boolean recordFailure(Instant now) {
    if (lockedAt(now)) {
      return false;
    }
    if (windowStartedAt == null || !now.isBefore(windowStartedAt.plus(WINDOW))) {
      windowStartedAt = now;
      failures = 0;
    }
    failures++;
    if (failures >= MAX_FAILURES) {
      lockedUntil = now.plus(LOCK);
      failures = 0;
      windowStartedAt = null;
      return true;
    }
    return false;
  }

  /** A successful sign-in forgets the failures before it. */
  public void recordSuccess() {
    failures = 0;
    windowStartedAt = null;
    lockedUntil = null;
  }

  /** An administrator's unlock (e.g. with a new password). */
  public void unlock() {
    recordSuccess();
  }

  public int failures() {
    return failures;
  }

  public Instant lockedUntil() {
    return lockedUntil;
  }

  public String accountId() {
    return accountId;
  }
}
