package org.alliancecare.directory.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.alliancecare.directory.internal.domain.SessionLifetime;

/**
 * Bearer tokens validated in the last {@link #TIME_TO_LIVE}, by the SHA-256 of the token, so that
 * the requests of a signed-in client cost no database round trip for their authentication (ADR
 * 0006). At most {@link #CAPACITY} tokens are held; beyond that a token is checked in the database
 * on every request, as without this cache.
 *
 * <p>Revocations drop entries: a token signed out, every token of an account changed (disabled, new
 * password, new roles or jurisdiction), on this node at once and on the others by the database's
 * notifications ({@code SessionRevocations}). The cache answers only while those notifications are
 * heard: when the listener's connection is lost it is emptied and bypassed until the listener is
 * back, since notifications sent meanwhile are lost.
 *
 * <p>A check that read the database while a revocation was being committed must not put back what
 * the revocation dropped: every drop advances {@link #generation()}, and {@link #remember} keeps an
 * entry only when no drop happened since the check began.
 */
@ApplicationScoped
public class ValidatedTokens {

  /** How long a validated token is believed without asking the database again. */
  static final Duration TIME_TO_LIVE = Duration.ofSeconds(15);

  /** How many tokens are held at most (about 300 bytes each). */
  static final int CAPACITY = 20_000;

  private final Map<String, ValidatedToken> byTokenHash = new ConcurrentHashMap<>();
  private final AtomicLong generation = new AtomicLong();
  private volatile boolean heard;

  /**
   * The validated token for this hash, if it is held, younger than the time to live and its session
   * still open at {@code now}; else empty (the caller asks the database).
   */
  ValidatedToken find(String tokenHash, Instant now, SessionLifetime lifetime) {
    if (!heard) {
      return null;
    }
    ValidatedToken held = byTokenHash.get(tokenHash);
    if (held == null) {
      return null;
    }
    if (!now.isBefore(held.checkedAt().plus(TIME_TO_LIVE)) || !held.activeAt(now, lifetime)) {
      byTokenHash.remove(tokenHash, held);
      return null;
    }
    return held;
  }

  /** The count of drops so far; read it before checking a token in the database. */
  long generation() {
    return generation.get();
  }

  /**
   * Holds a token checked in the database, unless a drop happened since {@code generationBefore}
   * (the check may have read what was being revoked) or the cache is full or not heard.
   */
  void remember(String tokenHash, ValidatedToken token, long generationBefore) {
    if (!heard || generation.get() != generationBefore) {
      return;
    }
    if (byTokenHash.size() >= CAPACITY && !byTokenHash.containsKey(tokenHash)) {
      forgetStale(token.checkedAt());
      if (byTokenHash.size() >= CAPACITY) {
        return;
      }
    }
    byTokenHash.put(tokenHash, token);
    if (generation.get() != generationBefore) {
      // a drop ran between the test above and the put: it may have missed this entry
      byTokenHash.remove(tokenHash, token);
    }
  }

  /**
   * Claims the recording of a use at {@code now} for this token, so that one request of many
   * concurrent ones records it; answers whether this caller is the one.
   */
  boolean claimUse(String tokenHash, ValidatedToken held, Instant now) {
    return byTokenHash.replace(tokenHash, held, held.usedAt(now));
  }

  /** Drops the token (signed out, or its session found ended). */
  public void dropToken(String tokenHash) {
    generation.incrementAndGet();
    byTokenHash.remove(tokenHash);
  }

  /** Drops every token of the account (disabled, new password, roles or jurisdiction changed). */
  public void dropAccount(String accountId) {
    generation.incrementAndGet();
    byTokenHash.values().removeIf(token -> token.accountId().equals(accountId));
  }

  /** Drops everything. */
  public void dropAll() {
    generation.incrementAndGet();
    byTokenHash.clear();
  }

  /**
   * The revocations of every node are heard again (the listener is connected and listening): start
   * afresh, since revocations sent while nobody listened are lost.
   */
  public void heard() {
    dropAll();
    heard = true;
  }

  /** The revocations of other nodes are no longer heard: empty and bypass the cache. */
  public void unheard() {
    heard = false;
    dropAll();
  }

  /** Whether the cache answers (revocations are heard). */
  public boolean answering() {
    return heard;
  }

  /** How many tokens are held. */
  public int size() {
    return byTokenHash.size();
  }

  private void forgetStale(Instant now) {
    byTokenHash.values().removeIf(token -> !now.isBefore(token.checkedAt().plus(TIME_TO_LIVE)));
  }
}
