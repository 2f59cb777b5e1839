package org.alliancecare.directory.internal.application;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;
import org.alliancecare.directory.internal.persistence.ChangeListener;
import org.alliancecare.directory.internal.persistence.PlaceStore;
import org.alliancecare.directory.internal.persistence.Revocation;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What the other nodes of a cluster changed, heard by this node on one listening connection for all
 * the directory's channels (ADR 0006): session revocations reach {@link SessionRevocations}, place
 * changes drop the {@link PlaceTreeCache}. The connection is opened with the application's database
 * settings ({@code alliancecare.db.url}, {@code .user}, {@code .password}). While it is lost, both
 * caches hold nothing and answer from the database, since the changes sent meanwhile are missed;
 * when it is back they start afresh.
 */
@ApplicationScoped
public class ChangesOfOtherNodes implements ChangeListener.Subscriber {

  private static final Logger LOG = Logger.getLogger(ChangesOfOtherNodes.class.getName());

  /** How often an idle listener's connection is probed. */
  static final Duration PROBE = Duration.ofSeconds(5);

  /** How long the listener waits before connecting again after losing its connection. */
  static final Duration RETRY = Duration.ofSeconds(1);

  @Inject SessionRevocations revocations;
  @Inject ValidatedTokens tokens;
  @Inject PlaceTreeCache placeTree;

  @Inject
  @ConfigProperty(name = "alliancecare.db.url")
  Optional<String> url;

  @Inject
  @ConfigProperty(name = "alliancecare.db.user")
  Optional<String> user;

  @Inject
  @ConfigProperty(name = "alliancecare.db.password")
  Optional<String> password;

  private ChangeListener listener;

  void listen(@Observes @Initialized(ApplicationScoped.class) Object started) {
    if (url.isEmpty()) {
      return; // no database settings: nothing is heard, tokens and places are read every time
    }
    Properties settings = new Properties();
    user.ifPresent(u -> settings.setProperty("user", u));
    password.ifPresent(p -> settings.setProperty("password", p));
    settings.setProperty("ApplicationName", "AllianceCare directory changes");
    settings.setProperty("tcpKeepAlive", "true");
    settings.setProperty("connectTimeout", "10");
    settings.setProperty("socketTimeout", String.valueOf(PROBE.multipliedBy(3).toSeconds()));
    org.postgresql.Driver driver = new org.postgresql.Driver();
    listener =
        new ChangeListener(
            List.of(Revocation.CHANNEL, PlaceStore.CHANGED),
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
    listener.start("directory-changes");
  }

  @PreDestroy
  void stop() {
    if (listener != null) {
      listener.stop();
    }
  }

  @Override
  public void changed(String channel, String payload) {
    if (PlaceStore.CHANGED.equals(channel)) {
      placeTree.drop();
    } else if (Revocation.CHANNEL.equals(channel)) {
      Revocation.parse(payload)
          .ifPresentOrElse(
              revocations::revoked,
              () -> LOG.warning("a session revocation of an unknown form was ignored"));
    }
  }

  @Override
  public void heard() {
    tokens.heard();
    placeTree.heard();
  }

  @Override
  public void unheard() {
    tokens.unheard();
    placeTree.unheard();
  }
}
