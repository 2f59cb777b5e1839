package org.alliancecare.directory.internal.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.alliancecare.directory.internal.domain.SignInSession;

/** The bearer sessions, found by the hash of their token. */
@ApplicationScoped
public class SessionStore {

  @PersistenceContext(unitName = "directory")
  EntityManager em;

  public Optional<SignInSession> byTokenHash(String tokenHash) {
    return em.createNamedQuery("SignInSession.byTokenHash", SignInSession.class)
        .setParameter("tokenHash", tokenHash)
        .getResultStream()
        .findFirst();
  }

  /**
   * Records a use of the open session of this token at {@code now} when the last recorded use is
   * older than {@code recordedBefore}: one UPDATE, without reading the session. Answers whether a
   * row changed (none: the session was revoked or forgotten, or another node recorded a use since).
   */
  public boolean recordUse(String tokenHash, Instant now, Instant recordedBefore) {
    return em.createNativeQuery(
                "UPDATE directory.session SET last_used_at = ? WHERE token_hash = ?"
                    + " AND revoked_at IS NULL AND last_used_at < ?")
            .setParameter(1, Timestamp.from(now))
            .setParameter(2, tokenHash)
            .setParameter(3, Timestamp.from(recordedBefore))
            .executeUpdate()
        == 1;
  }

  /**
   * Tells every node of the revocation, on commit of the current transaction only ({@code
   * pg_notify} in the transaction that revokes).
   */
  public void announce(Revocation revocation) {
    em.createNativeQuery("SELECT pg_notify(?, ?)")
        .setParameter(1, Revocation.CHANNEL)
        .setParameter(2, revocation.payload())
        .getResultList();
  }

  public void add(SignInSession session) {
    em.persist(session);
  }

  /** Revokes every open session of the account; answers how many. */
  public int revokeAllOf(String accountId, Instant now) {
    List<SignInSession> open =
        em.createNamedQuery("SignInSession.openOf", SignInSession.class)
            .setParameter("accountId", accountId)
            .getResultList();
    open.forEach(session -> session.revoke(now));
    return open.size();
  }

  /** Forgets sessions that ended before the instant; answers how many. */
  public int forgetEndedBefore(Instant before) {
    return em.createNativeQuery("DELETE FROM directory.session WHERE expires_at < ?")
        .setParameter(1, Timestamp.from(before))
        .executeUpdate();
  }
}
