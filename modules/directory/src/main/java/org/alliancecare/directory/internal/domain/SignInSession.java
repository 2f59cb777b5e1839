package org.alliancecare.directory.internal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One sign-in: whose it is, the hash of its bearer token, when it began, when it was last used and
 * when it ends at the latest. It stops working when revoked, when unused for the idle limit, and at
 * its absolute end.
 */
@Entity
@Table(name = "session")
@NamedQuery(
    name = "SignInSession.byTokenHash",
    query = "SELECT s FROM SignInSession s WHERE s.tokenHash = :tokenHash")
@NamedQuery(
    name = "SignInSession.openOf",
    query = "SELECT s FROM SignInSession s WHERE s.accountId = :accountId AND s.revokedAt IS NULL")
public class SignInSession {

  @Id private String id;

  @Column(name = "token_hash", nullable = false, unique = true, updatable = false)
  private String tokenHash;

  @Column(name = "account_id", nullable = false, updatable = false)
  private String accountId;

  @Column(name = "created_at", nullable = false, updatable = false)
  @Convert(converter = InstantColumn.class)
  private Instant createdAt;

  @Column(name = "last_used_at", nullable = false)
  @Convert(converter = InstantColumn.class)
  private Instant lastUsedAt;

  @Column(name = "expires_at", nullable = false, updatable = false)
  @Convert(converter = InstantColumn.class)
  private Instant expiresAt;

  @Column(name = "revoked_at")
  @Convert(converter = InstantColumn.class)
  private Instant revokedAt;

  protected SignInSession() {}

  private SignInSession(String accountId, String tokenHash, Instant now, SessionLifetime lifetime) {
    this.id = UUID.randomUUID().toString();
    this.accountId = Objects.requireNonNull(accountId);
    this.tokenHash = Objects.requireNonNull(tokenHash);
    this.createdAt = now;
    this.lastUsedAt = now;
    this.expiresAt = now.plus(lifetime.absolute());
  }

  /** A new session for the account, opened by the token whose hash is given. */
  public static SignInSession open(
      String accountId, String tokenHash, Instant now, SessionLifetime lifetime) {
    return new SignInSession(accountId, tokenHash, now, lifetime);
  }

  /** Whether the token still opens this session at {@code now}. */
  public boolean activeAt(Instant now, SessionLifetime lifetime) {
    return revokedAt == null && lifetime.openAt(now, expiresAt, lastUsedAt);
  }

  public void revoke(Instant now) {
    if (revokedAt == null) {
      revokedAt = now;
    }
  }

  public String accountId() {
    return accountId;
  }

  public Instant expiresAt() {
    return expiresAt;
  }

  public Instant lastUsedAt() {
    return lastUsedAt;
  }

  public boolean revoked() {
    return revokedAt != null;
  }
}
