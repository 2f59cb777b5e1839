package org.alliancecare.directory.internal.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.alliancecare.directory.internal.persistence.Revocation;
import org.alliancecare.directory.internal.persistence.SessionStore;

/**
 * Revocations of sessions reach the {@link ValidatedTokens} of every node (ADR 0006). The node that
 * revokes drops the tokens at once and again when its transaction completes (a check that read the
 * session before the commit cannot leave it behind), and sends a PostgreSQL notification in the
 * revoking transaction, so that it is delivered on commit only; every node hears it through its
 * {@link ChangesOfOtherNodes}.
 */
@ApplicationScoped
public class SessionRevocations {

  @Inject ValidatedTokens tokens;
  @Inject SessionStore sessions;

  @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
  TransactionSynchronizationRegistry transactions;

  /** The token's session was revoked in the current transaction. */
  public void tokenRevoked(String tokenHash) {
    announce(Revocation.ofToken(tokenHash));
  }

  /**
   * The account changed in the current transaction in a way that ends or alters its sessions
   * (disabled, new password, roles, jurisdiction, name).
   */
  public void accountChanged(String accountId) {
    announce(Revocation.ofAccount(accountId));
  }

  private void announce(Revocation revocation) {
    sessions.announce(revocation);
    revoked(revocation);
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {
            // the drop that matters comes after
          }

          @Override
          public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
              revoked(revocation);
            }
          }
        });
  }

  /** Drops what the revocation ends from this node's cache. */
  public void revoked(Revocation revocation) {
    switch (revocation.scope()) {
      case TOKEN -> tokens.dropToken(revocation.id());
      case ACCOUNT -> tokens.dropAccount(revocation.id());
    }
  }
}
