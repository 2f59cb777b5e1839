package org.alliancecare.directory.internal.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Listens on the directory's PostgreSQL notification channels (session revocations, {@link
 * Revocation#CHANNEL}; place changes, {@link PlaceStore#CHANGED}) on one connection of its own per
 * node (not one of the pool's: it is held for the life of the application) and hands every
 * notification to its {@link Subscriber}. When the connection is lost (the database restarted, the
 * network failed) the subscriber is told at once ({@link Subscriber#unheard()}), and again when the
 * listener is back ({@link Subscriber#heard()}): notifications sent meanwhile are lost, so whatever
 * depends on them must start afresh. An idle connection is probed every {@code probe} so that a
 * silently dead one is noticed within about that time.
 */
public final class ChangeListener {

  private static final Logger LOG = Logger.getLogger(ChangeListener.class.getName());

  /** Opens the listener's connection. */
  @FunctionalInterface
  public interface Connections {
    Connection open() throws SQLException;
  }

  /** What the listener tells. */
  public interface Subscriber {
    /** A notification on one of the channels, with its payload. */
    void changed(String channel, String payload);

    /** Listening (again): notifications sent before now may have been missed. */
    void heard();

    /** Not listening: notifications from now on are missed until {@link #heard()}. */
    void unheard();
  }

  private final List<String> channels;
  private final Connections connections;
  private final Subscriber subscriber;
  private final Duration probe;
  private final Duration retry;
  private volatile boolean running;
  private volatile Connection current;
  private Thread thread;

  public ChangeListener(
      List<String> channels,
      Connections connections,
      Subscriber subscriber,
      Duration probe,
      Duration retry) {
    this.channels = List.copyOf(channels);
    this.connections = Objects.requireNonNull(connections);
    this.subscriber = Objects.requireNonNull(subscriber);
    this.probe = probe;
    this.retry = retry;
  }

  public synchronized void start(String threadName) {
    if (thread != null) {
      return;
    }
    running = true;
    thread = new Thread(this::listen, threadName);
    thread.setDaemon(true);
    thread.start();
  }

  public synchronized void stop() {
    running = false;
    Thread listening = thread;
    thread = null;
    if (listening == null) {
      return;
    }
    closeQuietly(current);
    listening.interrupt();
    try {
      listening.join(probe.plus(retry).toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void listen() {
    boolean warned = false;
    while (running) {
      try (Connection connection = connections.open()) {
        current = connection;
        try (Statement listen = connection.createStatement()) {
          for (String channel : channels) {
            listen.execute("LISTEN " + channel);
          }
        }
        PGConnection notices = connection.unwrap(PGConnection.class);
        subscriber.heard();
        if (warned) {
          LOG.info("listening to the directory's changes again");
          warned = false;
        }
        while (running) {
          PGNotification[] received = notices.getNotifications((int) probe.toMillis());
          if (received == null || received.length == 0) {
            try (Statement alive = connection.createStatement()) {
              alive.execute("SELECT 1");
            }
            continue;
          }
          for (PGNotification notification : received) {
            subscriber.changed(notification.getName(), notification.getParameter());
          }
        }
      } catch (SQLException | RuntimeException e) {
        subscriber.unheard();
        if (running && !warned) {
          LOG.log(
              Level.WARNING,
              "not listening to the directory's changes (tokens are checked and places read in"
                  + " the database until it is back): "
                  + e.getClass().getSimpleName());
          warned = true;
        }
      } finally {
        current = null;
      }
      subscriber.unheard();
      pause();
    }
  }

  private void pause() {
    if (!running) {
      return;
    }
    try {
      Thread.sleep(retry.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      running = false;
    }
  }

  private static void closeQuietly(Connection connection) {
    if (connection == null) {
      return;
    }
    try {
      connection.close();
    } catch (SQLException e) {
      // closing to stop: nothing to do
    }
  }
}
