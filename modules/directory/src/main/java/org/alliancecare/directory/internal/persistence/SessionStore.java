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
