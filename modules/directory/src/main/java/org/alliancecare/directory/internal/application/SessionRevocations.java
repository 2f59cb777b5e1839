package org.alliancecare.directory.internal.application;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import org.alliancecare.directory.internal.persistence.Revocation;
import org.alliancecare.directory.internal.persistence.RevocationListener;
import org.alliancecare.directory.internal.persistence.SessionStore;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Revocations of sessions reach the {@link ValidatedTokens} of every node (ADR 0006). The node that
 * revokes drops the tokens at once and again when its transaction completes (a check that read the
 * session before the commit cannot leave it behind), and sends a PostgreSQL notification in the
 * revoking transaction, so that it is delivered on commit only; every node listens on a connection
 * of its own, opened with the application's database settings ({@code alliancecare.db.url}, {@code
 * .user}, {@code .password}).
 */
@ApplicationScoped
public class SessionRevocations implements RevocationListener.Subscriber {

  /** How often an idle listener's connection is probed. */
  static final Duration PROBE = Duration.ofSeconds(5);

  /** How long the listener waits before connecting again after losing its connection. */
  static final Duration RETRY = Duration.ofSeconds(1);

  @Inject ValidatedTokens tokens;
  @Inject SessionStore sessions;

  @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
  TransactionSynchronizationRegistry transactions;

  @Inject
  @ConfigProperty(name = "alliancecare.db.url")
  Optional<String> url;

  @Inject
  @ConfigProperty(name = "alliancecare.db.user")
  Optional<String> user;

  @Inject
  @ConfigProperty(name = "alliancecare.db.password")
  Optional<String> password;

  private RevocationListener listener;

  void listen(@Observes @Initialized(ApplicationScoped.class) Object started) {
    if (url.isEmpty()) {
      return; // no database settings: the cache is never heard, every token is checked
    }
    Properties settings = new Properties();
    user.ifPresent(u -> settings.setProperty("user", u));
    password.ifPresent(p -> settings.setProperty("password", p));
    settings.setProperty("ApplicationName", "AllianceCare session revocations");
    settings.setProperty("tcpKeepAlive", "true");
    settings.setProperty("connectTimeout", "10");
    settings.setProperty("socketTimeout", String.valueOf(PROBE.multipliedBy(3).toSeconds()));
    org.postgresql.Driver driver = new org.postgresql.Driver();
    listener =
        new RevocationListener(
            () -> {
              var connection = driver.connect(url.get(), settings);
              if (connection == null) {
                throw new SQLException("not a PostgreSQL address: alliancecare.db.url");
              }
              return connection;
            },
            this,
            PROBE,
            RETRY);
    listener.start("session-revocations");
  }

  @PreDestroy
  void stop() {
    if (listener != null) {
      listener.stop();
    }
  }

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

  @Override
  public void revoked(Revocation revocation) {
    switch (revocation.scope()) {
      case TOKEN -> tokens.dropToken(revocation.id());
      case ACCOUNT -> tokens.dropAccount(revocation.id());
    }
  }

  @Override
  public void heard() {
    tokens.heard();
  }

  @Override
  public void unheard() {
    tokens.unheard();
  }
}
